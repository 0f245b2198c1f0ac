using IMU.Zosmf.Commands;
using IMU.Zosmf.Resilience;
using IMU.Zosmf.Results;
using IMU.Zosmf.Simulator;
using IMU.Zosmf.Tests.Support;

namespace IMU.Zosmf.Tests.Simulator;

public sealed class FaultPlanTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task LostSubmitResponse_AfterApply_IsFollowedNotResubmitted()
    {
        await using var harness = await ReceivedAsync();
        harness.System("SYS001").Faults.Add(SimulatorOperation.Submit, SimulatedFault.LoseResponse());

        var result = await harness.Agent("SYS001").RunAsync(new ApplyCommand("TGT1", ["HBB7790", "UJ00001"]), "lost/apply", Ct).WithTestTimeout();

        Assert.True(result.FollowedExistingJob);
        Assert.Equal(0, result.ReturnCode);
        Assert.Equal(["HBB7790", "UJ00001"], result.Sysmods.Select(s => s.SysmodId).Order());
        Assert.Equal(1, harness.System("SYS001").AppliesExecuted);
        Assert.Equal(2, harness.System("SYS001").JobsSubmitted);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    public async Task SubmitHttpError_WorkNotDone_IsResubmittedOnce(int status)
    {
        await using var harness = await ReceivedAsync();
        harness.System("SYS001").Faults.Add(SimulatorOperation.Submit, SimulatedFault.Http(status));

        var result = await harness.Agent("SYS001").RunAsync(new ApplyCommand("TGT1", ["HBB7790"]), "http/apply", Ct).WithTestTimeout();

        Assert.False(result.FollowedExistingJob);
        Assert.Equal(0, result.ReturnCode);
        Assert.Equal(1, harness.System("SYS001").AppliesExecuted);
    }

    [Fact]
    public async Task SubmitConnectionDropped_WorkNotDone_IsResubmittedOnce()
    {
        await using var harness = await ReceivedAsync();
        harness.System("SYS001").Faults.Add(SimulatorOperation.Submit, SimulatedFault.DropConnection());

        var result = await harness.Agent("SYS001").RunAsync(new ApplyCommand("TGT1", ["HBB7790"]), "drop/apply", Ct).WithTestTimeout();

        Assert.Equal(0, result.ReturnCode);
        Assert.Equal(1, harness.System("SYS001").AppliesExecuted);
    }

    [Fact]
    public async Task SubmitFailingEveryAttempt_EndsSubmissionUnknownWithoutApplying()
    {
        await using var harness = await ReceivedAsync();
        harness.System("SYS001").Faults.Add(SimulatorOperation.Submit, SimulatedFault.Http(500), times: 3);

        var error = await Assert.ThrowsAsync<LparAgentException>(
            () => harness.Agent("SYS001").RunAsync(new ApplyCommand("TGT1", ["HBB7790"]), "unknown/apply", Ct)).WithTestTimeout();

        Assert.Equal(LparAgentErrorKind.SubmissionUnknown, error.Kind);
        Assert.Equal(0, harness.System("SYS001").AppliesExecuted);
    }

    [Fact]
    public async Task StatusErrorsAndLostStatusAnswers_AreRetried()
    {
        await using var harness = await ReceivedAsync();
        harness.System("SYS001").Faults
            .Add(SimulatorOperation.JobStatus, SimulatedFault.Http(500))
            .Add(SimulatorOperation.JobStatus, SimulatedFault.LoseResponse())
            .Add(SimulatorOperation.SpoolRecords, SimulatedFault.Http(503));

        var result = await harness.Agent("SYS001").RunAsync(new ApplyCommand("TGT1", ["HBB7790"]), "status/apply", Ct).WithTestTimeout();

        Assert.Equal(0, result.ReturnCode);
        Assert.Equal(1, harness.System("SYS001").AppliesExecuted);
    }

    [Fact]
    public async Task SlowStatusAnswer_TimesOutAndIsRetried()
    {
        await using var harness = await ReceivedAsync();
        harness.System("SYS001").Faults.Add(SimulatorOperation.JobStatus, SimulatedFault.Slow(TimeSpan.FromMinutes(5)));
        var agent = harness.Agent("SYS001", new ResilienceSettings { CallTimeout = TimeSpan.FromMilliseconds(300), RetryBaseDelay = TimeSpan.FromMilliseconds(5) });

        var result = await agent.RunAsync(new ApplyCommand("TGT1", ["HBB7790"]), "slow/apply", Ct).WithTestTimeout();

        Assert.Equal(0, result.ReturnCode);
    }

    [Fact]
    public async Task JclErrorFault_IsATypedResultAndNothingApplied()
    {
        await using var harness = await ReceivedAsync();
        harness.System("SYS001").Faults.Add(SimulatorOperation.Submit, SimulatedFault.JclError());

        var result = await harness.Agent("SYS001").RunAsync(new ApplyCommand("TGT1", ["HBB7790"]), "jcl/apply", Ct).WithTestTimeout();

        Assert.Equal((JobCompletion.JclError, "JCL ERROR", (int?)null), (result.Completion, result.Retcode, result.ReturnCode));
        Assert.False(result.Succeeded);
        Assert.Equal(0, harness.System("SYS001").AppliesExecuted);
    }

    [Fact]
    public async Task AbendFault_IsATypedResultAndNothingApplied()
    {
        await using var harness = await ReceivedAsync();
        harness.System("SYS001").Faults.Add(SimulatorOperation.Submit, SimulatedFault.Abend("S0C4"));

        var result = await harness.Agent("SYS001").RunAsync(new ApplyCommand("TGT1", ["HBB7790"]), "abend/apply", Ct).WithTestTimeout();
        var state = await harness.Agent("SYS001").ReadZoneStateAsync("TGT1", "abend/list", Ct).WithTestTimeout();

        Assert.Equal((JobCompletion.Abend, "ABEND S0C4"), (result.Completion, result.Retcode));
        Assert.DoesNotContain(state.Sysmods, s => s.IsApplied);
        Assert.Equal(0, harness.System("SYS001").AppliesExecuted);
    }

    [Fact]
    public async Task SystemDown_OpensTheCircuitAndStopsCalling()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        var system = harness.System("SYS002");
        system.IsDown = true;
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

        var requestsWhenOpen = system.Requests;
        var open = await Assert.ThrowsAsync<LparAgentException>(() => agent.GetIplInfoAsync(Ct)).WithTestTimeout();

        Assert.Equal(LparAgentErrorKind.Unreachable, kinds[0]);
        Assert.Equal(LparAgentErrorKind.CircuitOpen, open.Kind);
        Assert.Equal(requestsWhenOpen, system.Requests);
        Assert.Equal(0, harness.System("SYS001").Requests);
    }

    private static async Task<SimulatorHarness> ReceivedAsync()
    {
        var harness = await SimulatorHarness.StartAsync();
        await harness.Agent("SYS001").RunAsync(new ReceiveCommand(TestMcs.FunctionAndPtfs), "setup/receive", Ct).WithTestTimeout();
        return harness;
    }
}
