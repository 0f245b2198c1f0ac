using System.Text;
using IMU.Zosmf.Diagnostics;
using IMU.Zosmf.Http;
using IMU.Zosmf.Resilience;
using IMU.Zosmf.Results;
using IMU.Zosmf.Simulator;
using IMU.Zosmf.Simulator.Faults;
using IMU.Zosmf.Tests.Support;

namespace IMU.Zosmf.Tests;

public sealed class ZosmfLparAgentTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunAsync_ReceiveApplyCheckApplyList_FullCycleOverHttp()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        var agent = harness.Agent("SYS001");

        var receive = await agent.RunAsync(SmpeJob.Receive(TestMcs.FunctionAndPtfs), "cycle/receive", Ct).WithTestTimeout();
        var check = await agent.RunAsync(SmpeJob.Apply("TGT1", ["HBB7790", "UJ00001"], check: true), "cycle/check", Ct).WithTestTimeout();
        var apply = await agent.RunAsync(SmpeJob.Apply("TGT1", ["HBB7790", "UJ00001"]), "cycle/apply", Ct).WithTestTimeout();
        var state = await agent.ReadZoneStateAsync("TGT1", "cycle/list", Ct).WithTestTimeout();

        Assert.Equal((JobCompletion.ConditionCode, 0), (receive.Completion, receive.ReturnCode));
        Assert.Equal(["HBB7790", "UJ00001", "UJ00002"], receive.Sysmods.Where(s => s.Status == SysmodOutcomeStatus.Received).Select(s => s.SysmodId).Order());
        Assert.Equal(0, check.ReturnCode);
        Assert.All(check.Sysmods, s => Assert.Equal(SysmodOutcomeStatus.Applied, s.Status));
        Assert.Equal(0, apply.ReturnCode);
        Assert.Equal(["HBB7790", "UJ00001"], apply.Sysmods.Where(s => s.Status == SysmodOutcomeStatus.Applied).Select(s => s.SysmodId).Order());
        Assert.Contains(apply.Elements, e => e.Name == "IEAMOD1" && e.SysmodId == "UJ00001" && e.Status == "APPLIED" && e.SysLib == "LINKLIB");
        Assert.Equal([("HBB7790", "FUNCTION", "HBB7790"), ("UJ00001", "PTF", "HBB7790")], apply.Sysmods.Select(s => (s.SysmodId, s.Type, s.Fmid)).Order());
        Assert.Equal(["HBB7790", "UJ00001"], state.Sysmods.Where(s => s.IsApplied).Select(s => s.SysmodId).Order());
        Assert.Equal(1, harness.System("SYS001").AppliesExecuted);
    }

    [Fact]
    public async Task RunAsync_HeldSysmodInSelection_ReturnCodeEightWithTheOtherApplied()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        var agent = harness.Agent("SYS001");
        await agent.RunAsync(SmpeJob.Receive(TestMcs.FunctionAndPtfs), "rc8/receive", Ct).WithTestTimeout();
        await agent.RunAsync(SmpeJob.Apply("TGT1", ["HBB7790"]), "rc8/function", Ct).WithTestTimeout();

        var apply = await agent.RunAsync(SmpeJob.Apply("TGT1", ["UJ00001", "UJ00002"]), "rc8/apply", Ct).WithTestTimeout();
        var state = await agent.ReadZoneStateAsync("TGT1", "rc8/list", Ct).WithTestTimeout();

        Assert.Equal(8, apply.ReturnCode);
        Assert.False(apply.Succeeded);
        Assert.Equal(SysmodOutcomeStatus.Applied, apply.Sysmods.Single(s => s.SysmodId == "UJ00001").Status);
        var held = apply.Sysmods.Single(s => s.SysmodId == "UJ00002");
        Assert.Equal(SysmodOutcomeStatus.Held, held.Status);
        Assert.Equal("-ACTION", held.Detail);
        Assert.Equal("PTF", held.Type);
        Assert.Contains(state.Sysmods, s => s.SysmodId == "UJ00001" && s.IsApplied);
        Assert.DoesNotContain(state.Sysmods, s => s.SysmodId == "UJ00002" && s.IsApplied);
    }

    [Fact]
    public async Task RunAsync_BypassHoldSystemAction_AppliesTheHeldSysmod()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        var agent = harness.Agent("SYS001");
        await agent.RunAsync(SmpeJob.Receive(TestMcs.FunctionAndPtfs), "bypass/receive", Ct).WithTestTimeout();

        var apply = await agent.RunAsync(SmpeJob.Apply("TGT1", ["HBB7790", "UJ00002"], bypass: "HOLDSYSTEM(ACTION)"), "bypass/apply", Ct).WithTestTimeout();

        Assert.True(apply.Succeeded, apply.Retcode);
        Assert.Equal(SysmodOutcomeStatus.Applied, apply.Sysmods.Single(s => s.SysmodId == "UJ00002").Status);
    }

    [Fact]
    public async Task RunAsync_SameOperationIdTwice_FollowsTheFirstJobInsteadOfApplyingAgain()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        var agent = harness.Agent("SYS001");
        await agent.RunAsync(SmpeJob.Receive(TestMcs.FunctionAndPtfs), "twice/receive", Ct).WithTestTimeout();

        var first = await agent.RunAsync(SmpeJob.Apply("TGT1", ["HBB7790"]), "twice/apply", Ct).WithTestTimeout();
        var again = await harness.Agent("SYS001").RunAsync(SmpeJob.Apply("TGT1", ["HBB7790"]), "twice/apply", Ct).WithTestTimeout();

        Assert.False(first.FollowedExistingJob);
        Assert.True(again.FollowedExistingJob);
        Assert.Equal(first.JobId, again.JobId);
        Assert.Equal(first.Sysmods, again.Sysmods);
        Assert.Equal(1, harness.System("SYS001").AppliesExecuted);
    }

    [Fact]
    public async Task RunAsync_Spans_CarrySystemZoneJobAndReturnCode()
    {
        using var spans = new ActivityCapture();
        await using var harness = await SimulatorHarness.StartAsync();
        var agent = harness.Agent("SYS002");

        var result = await agent.RunAsync(SmpeJob.List("TGT1"), "span/list", Ct).WithTestTimeout();

        var span = Assert.Single(spans.Stopped, a => a.GetTagItem(ZosmfTelemetry.JobNameTag) as string == result.JobName);
        Assert.Equal(result.JobId, span.GetTagItem(ZosmfTelemetry.JobIdTag));
        Assert.Equal("SYS002", span.GetTagItem(ZosmfTelemetry.SystemTag));
        Assert.Equal("TGT1", span.GetTagItem(ZosmfTelemetry.ZoneTag));
        Assert.Equal(0, span.GetTagItem(ZosmfTelemetry.ReturnCodeTag));
    }

    [Fact]
    public async Task Credentials_NeverAppearInLogsSpansOrErrors()
    {
        const string password = "Sup3r-S3cret!pw";
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes("IMUSER:" + password));
        var logs = new CapturingLoggerProvider();
        using var spans = new ActivityCapture();
        await using var harness = await SimulatorHarness.StartAsync();
        var agent = harness.Agent("SYS001", new ResilienceSettings { ReadRetries = 1, RetryBaseDelay = TimeSpan.FromMilliseconds(1) }, logs);
        var hmc = harness.Agent("SYS002", logs: logs);
        await hmc.GetLparStatusAsync(Ct).WithTestTimeout();
        var errors = new List<string>();

        await agent.RunAsync(SmpeJob.Receive(TestMcs.FunctionAndPtfs), "secret/receive", Ct).WithTestTimeout();
        await agent.RunAsync(SmpeJob.Apply("TGT1", ["UJ00002"]), "secret/apply", Ct).WithTestTimeout();
        harness.Simulator.AddFault("SYS001", new SimulatorFault(SimulatorFaultOperation.Any, SimulatorFaultKind.Down));
        errors.Add((await Assert.ThrowsAsync<LparAgentException>(() => agent.GetIplInfoAsync(Ct)).WithTestTimeout()).ToString());
        var wrong = harness.Agent("SYS002", logs: logs, credentials: LparCredentials.Basic("IMUSER", "Wr0ng-" + password));
        var refused = await Assert.ThrowsAsync<LparAgentException>(() => wrong.GetIplInfoAsync(Ct)).WithTestTimeout();
        errors.Add(refused.ToString());

        Assert.Equal(LparAgentErrorKind.Unauthorized, refused.Kind);
        Assert.NotEmpty(logs.Entries);
        Assert.NotEmpty(spans.Stopped);
        var everything = logs.Entries.Concat(spans.AllText()).Concat(errors).ToList();
        Assert.DoesNotContain(everything, text => text.Contains(password, StringComparison.Ordinal) || text.Contains(basic, StringComparison.Ordinal));
        Assert.Equal(1, harness.Simulator.HmcLogons);
    }

    [Fact]
    public async Task BearerToken_IsAcceptedAndNeverLogged()
    {
        const string token = "eyJhbGciOiJIUzI1NiJ9.imu-test-token.signature";
        var logs = new CapturingLoggerProvider();
        await using var harness = await SimulatorHarness.StartAsync(new SimulatorOptions { Systems = 1, BearerToken = token });
        var agent = harness.Agent("SYS001", logs: logs, credentials: LparCredentials.Bearer(token));

        var result = await agent.RunAsync(SmpeJob.List("GLOBAL"), "bearer/list", Ct).WithTestTimeout();

        Assert.Equal(0, result.ReturnCode);
        Assert.DoesNotContain(logs.Entries, e => e.Contains("imu-test-token", StringComparison.Ordinal));
    }
}
