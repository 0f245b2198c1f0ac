using IMU.Zosmf.Resilience;
using IMU.Zosmf.Results;
using IMU.Zosmf.Simulator.Faults;
using IMU.Zosmf.Tests.Support;

namespace IMU.Zosmf.Tests.Faults;

/// <summary>The agent against the simulator's faults: a submit is never run twice, reads are retried, a job that failed is a typed result.</summary>
public sealed class AgentFaultTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task LostSubmitResponse_AfterApply_IsFollowedNotResubmitted()
    {
        await using var harness = await ReceivedAsync();
        harness.Simulator.AddFault("SYS001", new SimulatorFault(SimulatorFaultOperation.Apply, SimulatorFaultKind.LostResponse));

        var result = await harness.Agent("SYS001").RunAsync(SmpeJob.Apply("TGT1", ["HBB7790", "UJ00001"]), "lost/apply", Ct).WithTestTimeout();

        Assert.True(result.FollowedExistingJob);
        Assert.Equal(0, result.ReturnCode);
        Assert.Equal(["HBB7790", "UJ00001"], result.Sysmods.Select(s => s.SysmodId).Order());
        Assert.Equal((1, 2), (harness.System("SYS001").AppliesExecuted, harness.System("SYS001").JobsSubmitted));
        Assert.Single(harness.Simulator.History("SYS001"), h => h.Command == "APPLY");
    }

    [Theory]
    [InlineData(SimulatorFaultKind.Http500)]
    [InlineData(SimulatorFaultKind.Http503)]
    [InlineData(SimulatorFaultKind.Drop)]
    public async Task SubmitRefused_WorkNotDone_IsResubmittedOnce(SimulatorFaultKind kind)
    {
        await using var harness = await ReceivedAsync();
        harness.Simulator.AddFault("SYS001", new SimulatorFault(SimulatorFaultOperation.Apply, kind));

        var result = await harness.Agent("SYS001").RunAsync(SmpeJob.Apply("TGT1", ["HBB7790"]), "refused/apply", Ct).WithTestTimeout();

        Assert.False(result.FollowedExistingJob);
        Assert.Equal(0, result.ReturnCode);
        Assert.Equal(1, harness.System("SYS001").AppliesExecuted);
    }

    [Fact]
    public async Task SubmitFailingEveryAttempt_EndsSubmissionUnknownWithoutApplying()
    {
        await using var harness = await ReceivedAsync();
        harness.Simulator.AddFault("SYS001", new SimulatorFault(SimulatorFaultOperation.Apply, SimulatorFaultKind.Http500, Count: 3));

        var error = await Assert.ThrowsAsync<LparAgentException>(
            () => harness.Agent("SYS001").RunAsync(SmpeJob.Apply("TGT1", ["HBB7790"]), "unknown/apply", Ct)).WithTestTimeout();

        Assert.Equal(LparAgentErrorKind.SubmissionUnknown, error.Kind);
        Assert.Equal(0, harness.System("SYS001").AppliesExecuted);
    }

    [Fact]
    public async Task StatusErrorsAndLostStatusAnswers_AreRetried()
    {
        await using var harness = await ReceivedAsync();
        harness.Simulator.AddFault("SYS001", new SimulatorFault(SimulatorFaultOperation.JobStatus, SimulatorFaultKind.Http500));
        harness.Simulator.AddFault("SYS001", new SimulatorFault(SimulatorFaultOperation.JobStatus, SimulatorFaultKind.LostResponse));
        harness.Simulator.AddFault("SYS001", new SimulatorFault(SimulatorFaultOperation.Spool, SimulatorFaultKind.Http503));

        var agent = harness.Agent("SYS001", new ResilienceSettings { RetryBaseDelay = TimeSpan.FromMilliseconds(5), BreakerMinimumThroughput = 100 });

        var result = await agent.RunAsync(SmpeJob.Apply("TGT1", ["HBB7790"]), "status/apply", Ct).WithTestTimeout();

        Assert.Equal(0, result.ReturnCode);
        Assert.Equal(1, harness.System("SYS001").AppliesExecuted);
    }

    [Fact]
    public async Task SlowStatusAnswer_TimesOutAndIsRetried()
    {
        await using var harness = await ReceivedAsync();
        harness.Simulator.AddFault("SYS001", new SimulatorFault(SimulatorFaultOperation.JobStatus, SimulatorFaultKind.Slow, Seconds: 300));
        var agent = harness.Agent("SYS001", new ResilienceSettings { CallTimeout = TimeSpan.FromMilliseconds(300), RetryBaseDelay = TimeSpan.FromMilliseconds(5) });

        var result = await agent.RunAsync(SmpeJob.Apply("TGT1", ["HBB7790"]), "slow/apply", Ct).WithTestTimeout();

        Assert.Equal(0, result.ReturnCode);
    }

    [Fact]
    public async Task JclErrorFault_IsATypedResultAndNothingApplied()
    {
        await using var harness = await ReceivedAsync();
        harness.Simulator.AddFault("SYS001", new SimulatorFault(SimulatorFaultOperation.Apply, SimulatorFaultKind.JclError));

        var result = await harness.Agent("SYS001").RunAsync(SmpeJob.Apply("TGT1", ["HBB7790"]), "jcl/apply", Ct).WithTestTimeout();

        Assert.Equal((JobCompletion.JclError, "JCL ERROR", (int?)null), (result.Completion, result.Retcode, result.ReturnCode));
        Assert.False(result.Succeeded);
        Assert.Equal(0, harness.System("SYS001").AppliesExecuted);
        Assert.DoesNotContain(harness.Simulator.History("SYS001"), h => h.Command == "APPLY");
    }

    [Fact]
    public async Task AbendFault_IsATypedResultAndNothingApplied()
    {
        await using var harness = await ReceivedAsync();
        harness.Simulator.AddFault("SYS001", new SimulatorFault(SimulatorFaultOperation.Apply, SimulatorFaultKind.Abend));

        var result = await harness.Agent("SYS001").RunAsync(SmpeJob.Apply("TGT1", ["HBB7790"]), "abend/apply", Ct).WithTestTimeout();
        var state = await harness.Agent("SYS001").ReadZoneStateAsync("TGT1", "abend/list", Ct).WithTestTimeout();

        Assert.Equal((JobCompletion.Abend, "ABEND S0C4"), (result.Completion, result.Retcode));
        Assert.DoesNotContain(state.Sysmods, s => s.IsApplied);
        Assert.Equal(0, harness.System("SYS001").AppliesExecuted);
    }

    [Fact]
    public async Task Rc8Fault_ApplyEndsRc8WithItsSysmodsNogoAndNothingApplied()
    {
        await using var harness = await ReceivedAsync();
        harness.Simulator.AddFault("SYS001", new SimulatorFault(SimulatorFaultOperation.Apply, SimulatorFaultKind.Rc8));

        var result = await harness.Agent("SYS001").RunAsync(SmpeJob.Apply("TGT1", ["HBB7790"]), "rc8/apply", Ct).WithTestTimeout();
        var state = await harness.Agent("SYS001").ReadZoneStateAsync("TGT1", "rc8/list", Ct).WithTestTimeout();

        Assert.Equal(8, result.ReturnCode);
        Assert.Equal(SysmodOutcomeStatus.NoGo, Assert.Single(result.Sysmods).Status);
        Assert.DoesNotContain(state.Sysmods, s => s.IsApplied);
        var apply = Assert.Single(harness.Simulator.History("SYS001"), h => h.Command == "APPLY");
        Assert.Equal((8, "NOGO"), (apply.ReturnCode, apply.Sysmods["HBB7790"]));
    }

    [Fact]
    public async Task SystemDown_OpensTheCircuitAndStopsCalling()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        harness.Simulator.AddFault("SYS002", new SimulatorFault(SimulatorFaultOperation.Any, SimulatorFaultKind.Down));
        var agent = harness.Agent("SYS002", new ResilienceSettings
        {
            ReadRetries = 1,
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),
            BreakerMinimumThroughput = 4,
            BreakDuration = TimeSpan.FromMinutes(5),
        });

        var kinds = new List<LparAgentErrorKind>();
        for (var i = 0; i < 4; i++)
        {
            kinds.Add((await Assert.ThrowsAsync<LparAgentException>(() => agent.GetIplInfoAsync(Ct)).WithTestTimeout()).Kind);
        }

        var requestsWhenOpen = harness.System("SYS002").Requests;
        var open = await Assert.ThrowsAsync<LparAgentException>(() => agent.GetIplInfoAsync(Ct)).WithTestTimeout();

        Assert.Equal(LparAgentErrorKind.Unreachable, kinds[0]);
        Assert.Equal(LparAgentErrorKind.CircuitOpen, open.Kind);
        Assert.Equal(requestsWhenOpen, harness.System("SYS002").Requests);
        Assert.True(harness.System("SYS002").Down);
        Assert.Equal(0, harness.System("SYS001").Requests);
    }

    private static async Task<SimulatorHarness> ReceivedAsync()
    {
        var harness = await SimulatorHarness.StartAsync();
        await harness.Agent("SYS001").RunAsync(SmpeJob.Receive(TestMcs.FunctionAndPtfs), "setup/receive", Ct).WithTestTimeout();
        return harness;
    }
}
