using IMU.Zosmf.Hmc;
using IMU.Zosmf.Http;
using IMU.Zosmf.Resilience;
using IMU.Zosmf.Results;
using IMU.Zosmf.Simulator;
using IMU.Zosmf.Simulator.Faults;
using IMU.Zosmf.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace IMU.Zosmf.Tests.Hmc;

/// <summary>
/// IPLs through the HMC Web Services API against the simulator: a session, the partition found by
/// name, a load with force of the operating LPAR, its job followed to its end, and z/OSMF answering
/// again with a later IPL time only well after the LPAR is operating.
/// </summary>
public sealed class AgentIplTests
{
    private static readonly TimeSpan s_step = TimeSpan.FromSeconds(10);
    private static readonly ResilienceSettings s_patient = new() { CallTimeout = TimeSpan.FromDays(1), RetryBaseDelay = TimeSpan.FromMilliseconds(5) };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ipl_OperatingLpar_LoadsWithForceAndEndsWhenDIplinfoShowsTheNewIpl()
    {
        var time = new SignallingTimeProvider(new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 2, 0, 0, TimeSpan.Zero)));
        await using var harness = await SimulatorHarness.StartAsync(Options(TimeSpan.FromMinutes(4)), time);
        var agent = harness.Agent("SYS001", s_patient);
        var before = await agent.GetIplInfoAsync(Ct).WithTestTimeout();
        var start = time.GetUtcNow();

        var after = await time.DriveAsync(agent.IplAsync(new IplLoadSettings("0A81", "0A8202M1"), "rollout-1/SYS001/ipl", Ct), s_step, Ct);
        var status = await agent.GetLparStatusAsync(Ct).WithTestTimeout();

        Assert.Equal("RESA01", before.ActiveLevel);
        Assert.Equal(("RESB01", "00A81", "LOAD02"), (after.ActiveLevel, after.IplDevice, after.LoadMember));
        var ipl = Assert.Single(harness.Simulator.History("SYS001"));
        Assert.Equal(new DateTimeOffset(ipl.Start) + TimeSpan.FromMinutes(1), after.IplTime);
        Assert.True(ipl.Start >= start.UtcDateTime && time.GetUtcNow() >= new DateTimeOffset(ipl.Start) + TimeSpan.FromMinutes(4), "the IPL ended before z/OSMF could answer");
        Assert.Equal(("operating", new IplLoadSettings("0A81", "0A8202M1")), (status.Status, status.LastUsedLoad));
        Assert.Equal(("IPL", "0A81", "0A8202M1"), (ipl.Command, ipl.LoadAddress, ipl.LoadParameter));
        Assert.Equal(1, harness.System("SYS001").IplsCompleted);
    }

    [Fact]
    public async Task Ipl_WithoutLoadSettings_UsesTheLparsLastUsedOnes()
    {
        var time = new SignallingTimeProvider(new FakeTimeProvider());
        await using var harness = await SimulatorHarness.StartAsync(Options(TimeSpan.FromMinutes(1)), time);

        await time.DriveAsync(harness.Agent("SYS002", s_patient).IplAsync(null, "op/last-used", Ct), s_step, Ct);

        var ipl = Assert.Single(harness.Simulator.History("SYS002"));
        Assert.Equal(("0A80", "0A8201M1"), (ipl.LoadAddress, ipl.LoadParameter));
    }

    [Fact]
    public async Task Ipl_SameOperationIdAgain_FollowsTheFirstLoadInsteadOfLoadingTwice()
    {
        var time = new SignallingTimeProvider(new FakeTimeProvider());
        await using var harness = await SimulatorHarness.StartAsync(Options(TimeSpan.FromMinutes(2)), time);
        var factory = harness.Factory(s_patient);
        var settings = new IplLoadSettings("0A81", "0A8202M1");

        var first = factory.Create(harness.Connection("SYS001")).IplAsync(settings, "op/once", Ct);
        var second = factory.Create(harness.Connection("SYS001")).IplAsync(settings, "op/once", Ct);
        var both = await time.DriveAsync(Task.WhenAll(first, second), s_step, Ct);
        var again = await factory.Create(harness.Connection("SYS001")).IplAsync(settings, "op/once", Ct).WithTestTimeout();

        Assert.Equal(both[0], both[1]);
        Assert.Equal(both[0], again);
        Assert.Single(harness.Simulator.History("SYS001"), h => h.Command == "IPL");
    }

    [Fact]
    public async Task Ipl_LoadAnswerLost_IsFollowedByItsEffectAndNotLoadedAgain()
    {
        var time = new SignallingTimeProvider(new FakeTimeProvider());
        await using var harness = await SimulatorHarness.StartAsync(Options(TimeSpan.FromMinutes(2)), time);
        harness.Simulator.AddFault("SYS001", new SimulatorFault(SimulatorFaultOperation.Ipl, SimulatorFaultKind.LostResponse));

        var after = await time.DriveAsync(harness.Agent("SYS001", s_patient).IplAsync(new IplLoadSettings("0A81", "0A8202M1"), "op/lost", Ct), s_step, Ct);

        Assert.Equal("RESB01", after.IplVolume);
        Assert.Single(harness.Simulator.History("SYS001"), h => h.Command == "IPL");
    }

    [Fact]
    public async Task Ipl_HmcJobCanceled_EndsLoadCanceledWithoutAnIpl()
    {
        var time = new SignallingTimeProvider(new FakeTimeProvider());
        await using var harness = await SimulatorHarness.StartAsync(Options(TimeSpan.FromMinutes(2)), time);
        harness.Simulator.AddFault("SYS001", new SimulatorFault(SimulatorFaultOperation.Ipl, SimulatorFaultKind.Canceled));
        var agent = harness.Agent("SYS001", s_patient);

        var error = await Assert.ThrowsAsync<LparAgentException>(() => time.DriveAsync(agent.IplAsync(null, "op/canceled", Ct), s_step, Ct));

        Assert.Equal(LparAgentErrorKind.LoadCanceled, error.Kind);
        Assert.True((await agent.GetLparStatusAsync(Ct).WithTestTimeout()).IsOperating);
        Assert.Empty(harness.Simulator.History("SYS001"));
    }

    [Fact]
    public async Task Ipl_LoadJobFailed_IsLoadFailedWithTheHmcStatusAndMessage()
    {
        var time = new SignallingTimeProvider(new FakeTimeProvider());
        await using var harness = await SimulatorHarness.StartAsync(Options(TimeSpan.FromMinutes(2)), time);
        var agent = harness.Agent("SYS001", s_patient);

        var error = await Assert.ThrowsAsync<LparAgentException>(() => time.DriveAsync(agent.IplAsync(new IplLoadSettings("0B00", "0A8201M1"), "op/no-ipl-text", Ct), s_step, Ct));

        Assert.Equal((LparAgentErrorKind.LoadFailed, 500), (error.Kind, error.HttpStatus));
        Assert.Contains("holds no IPL text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_OfAnOperatingLparWithoutForce_IsRefusedWithReason263()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        await using var session = new HmcSession(new HttpClient(), harness.Simulator.HmcBaseAddress, SimulatorHarness.Credentials);
        var hmc = new HmcClient(session, "SYS001", "SYS001");

        var job = await hmc.GetJobAsync(await hmc.LoadAsync(new IplLoadSettings("0A81", "0A8202M1"), force: false, Ct).WithTestTimeout(), Ct).WithTestTimeout();

        Assert.Equal(("complete", 500, 263), (job.Status, job.JobStatusCode, job.JobReasonCode));
        Assert.Contains("force was not specified", job.JobResults?.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Simulator.History("SYS001"));
    }

    [Fact]
    public async Task HmcSession_ExpiredByTheHmc_IsRenewedOnceAndTheCallSucceeds()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        var agent = harness.Agent("SYS001");
        await agent.GetLparStatusAsync(Ct).WithTestTimeout();

        harness.Simulator.ExpireHmcSessions();
        var status = await agent.GetLparStatusAsync(Ct).WithTestTimeout();

        Assert.True(status.IsOperating);
        Assert.Equal(2, harness.Simulator.HmcLogons);
    }

    [Fact]
    public async Task HmcLogon_WrongPassword_IsUnauthorized()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        var agent = harness.Factory().Create(harness.Connection("SYS001") with { HmcCredentials = LparCredentials.Basic(SimulatorHarness.UserId, "not-the-password") });

        var error = await Assert.ThrowsAsync<LparAgentException>(() => agent.GetLparStatusAsync(Ct)).WithTestTimeout();

        Assert.Equal((LparAgentErrorKind.Unauthorized, 403), (error.Kind, error.HttpStatus));
    }

    [Fact]
    public async Task Partition_UnknownToTheHmc_IsNotConfigured()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        var agent = harness.Factory().Create(harness.Connection("SYS001") with { PartitionName = "NOSUCH" });

        var error = await Assert.ThrowsAsync<LparAgentException>(() => agent.GetLparStatusAsync(Ct)).WithTestTimeout();

        Assert.Equal(LparAgentErrorKind.NotConfigured, error.Kind);
    }

    private static SimulatorOptions Options(TimeSpan iplDuration)
        => new() { Systems = 2, UserId = SimulatorHarness.UserId, Password = SimulatorHarness.Password, IplDuration = iplDuration };
}
