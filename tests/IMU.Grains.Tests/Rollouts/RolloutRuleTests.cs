using IMU.Grains.Models;
using IMU.Smpe.Zones;
using IMU.Zosmf.Simulator.Faults;

namespace IMU.Grains.Tests.Rollouts;

/// <summary>Rules 1-7 through the grain interfaces, against the simulator: what it executed and what the zones hold.</summary>
[Collection(OrchestratorCollection.Name)]
public sealed class RolloutRuleTests(OrchestratorFixture fixture)
{
    private const string PlainPtf = """
        ++PTF(UJ00001).
        ++VER(Z038) FMID(HBB77D0).
        ++MOD(IEFBR14) DISTLIB(AOS12).
        """;

    private const string IplPtf = """
        ++PTF(UJ00002).
        ++VER(Z038) FMID(HBB77D0).
        ++HOLD(UJ00002) FMID(HBB77D0) REASON(IPL) SYSTEM.
        ++MOD(IEAVNP12) DISTLIB(AOSB3).
        """;

    private const string PeHeldPtf = """
        ++PTF(UJ00003).
        ++VER(Z038) FMID(HBB77D0).
        ++MOD(IGGCSI00) DISTLIB(AOS12).
        """;

    private const string PeHoldData = """
        ++HOLD(UJ00003) FMID(HBB77D0) REASON(AA00002) ERROR
          DATE(26001) CLASS(PE).
        """;

    private const string MultsysPtf = """
        ++PTF(UJ00004).
        ++VER(Z038) FMID(HBB77D0) REQ(UJ00009).
        ++HOLD(UJ00004) FMID(HBB77D0) REASON(MULTSYS) SYSTEM.
        ++MOD(IMUMS01) DISTLIB(AOS12).
        """;

    private const string MultsysPrerequisite = """
        ++PTF(UJ00009).
        ++VER(Z038) FMID(HBB77D0).
        ++MOD(IMUMS09) DISTLIB(AOS12).
        """;

    private OrchestratorCluster Imu => fixture.Cluster;

    [Fact]
    public async Task HoldError_WithoutBypass_IsNeverAppliedAndTheRolloutWaitsForADecision()
    {
        var (a, b) = Two();
        await Imu.ApplyFleetAsync(Imu.FleetYaml($"{a} P{a}", $"{b} P{a}"));
        await Imu.ReceiveAsync(PlainPtf + "\n" + PeHeldPtf, PeHoldData);
        var rollout = await Imu.CreateAsync(Rollout(), Request("UJ00001,UJ00003", $"{a},{b}"));

        await rollout.StartAsync(new OperatorAction("alice")).WithTestTimeout();
        var status = await Imu.RunUntilAsync(rollout, s => s.Lpars.All(l => l.State == LparState.Held) && s.State == RolloutState.Waiting);

        foreach (var system in new[] { a, b })
        {
            Assert.Equal(SysmodEntryStatus.Applied, Imu.ZoneOf(system)["UJ00001"]);
            Assert.NotEqual(SysmodEntryStatus.Applied, Imu.ZoneOf(system).GetValueOrDefault("UJ00003", SysmodEntryStatus.Received));
            Assert.Equal(1, Imu.Info(system).AppliesExecuted);
        }

        var held = status.Lpars[0].Sysmods.Single(s => s.Id == "UJ00003");
        Assert.Equal(LparState.Held, held.Status);
        Assert.Equal([new HoldStatus("ERROR", "AA00002", null)], held.Holds);
        Assert.StartsWith($"UJ00003 is HELD (ERROR AA00002) on {a}, {b}: waiting for a decision", Assert.Single(status.Reasons));
    }

    [Fact]
    public async Task HoldError_BypassedWithReason_IsAppliedAndTheAuditNamesWhoWhenAndWhy()
    {
        var a = One();
        await Imu.ApplyFleetAsync(Imu.FleetYaml($"{a} P{a}"));
        await Imu.ReceiveAsync(PeHeldPtf, PeHoldData);
        var created = Imu.Clock.GetUtcNow();
        var rollout = await Imu.CreateAsync(Rollout(), Request("UJ00003", a) with { Bypass = "HOLDERROR(AA00002)", Reason = "PE fix verified on the test plex", By = "bob" });

        await rollout.StartAsync(new OperatorAction("bob")).WithTestTimeout();
        var status = await Imu.RunUntilAsync(rollout, s => s.State == RolloutState.Completed);

        Assert.Equal(SysmodEntryStatus.Applied, Imu.ZoneOf(a)["UJ00003"]);
        Assert.Equal([new HoldStatus("ERROR", "AA00002", "bob")], status.Lpars[0].Sysmods[0].Holds);
        var bypass = Assert.Single(status.Audit, e => e.Action == "bypass");
        Assert.Equal(new AuditEntry(created, "bob", "bypass", "ERROR hold AA00002 on UJ00003 bypassed with BYPASS(HOLDERROR(AA00002))", "PE fix verified on the test plex"), bypass);
    }

    [Fact]
    public async Task HoldDecision_OnARolloutWaitingOnAHeldSysmod_ItIsAppliedOnceAndTheAuditNamesWhoWhenAndWhy()
    {
        var (a, b) = Two();
        await Imu.ApplyFleetAsync(Imu.FleetYaml($"{a} P{a}", $"{b} P{a}"));
        await Imu.ReceiveAsync(PlainPtf + "\n" + PeHeldPtf, PeHoldData);
        var rollout = await Imu.CreateAsync(Rollout(), Request("UJ00001,UJ00003", $"{a},{b}"));
        await rollout.StartAsync(new OperatorAction("alice")).WithTestTimeout();
        await Imu.RunUntilAsync(rollout, s => s.Lpars.All(l => l.State == LparState.Held) && s.State == RolloutState.Waiting);

        var refused = await rollout.DecideHoldAsync("UJ00003", "HOLDERROR(AA00002)", new OperatorAction("bob")).WithTestTimeout();
        var decidedAt = Imu.Clock.GetUtcNow();
        var decided = await rollout.DecideHoldAsync("UJ00003", "HOLDERROR(AA00002)", new OperatorAction("bob", "PE fix verified on the test plex")).WithTestTimeout();
        var status = await Imu.RunUntilAsync(rollout, s => s.State == RolloutState.Completed);

        Assert.False(refused.Accepted);
        Assert.Equal(["a hold decision on UJ00003 needs a reason: a bypass is recorded with who gave it and why"], refused.Errors);
        Assert.True(decided.Accepted, string.Join("; ", decided.Errors));
        foreach (var system in new[] { a, b })
        {
            Assert.Equal(SysmodEntryStatus.Applied, Imu.ZoneOf(system)["UJ00003"]);
            Assert.Equal(["RECEIVE", "APPLY CHECK", "APPLY", "APPLY CHECK", "APPLY"], Imu.Commands(system));
            Assert.Equal(["UJ00001", "UJ00003"], Imu.Simulator.History(system).Where(h => h is { Command: "APPLY", Check: false }).SelectMany(h => h.Sysmods.Where(e => e.Value == "APPLIED").Select(e => e.Key)).Order());
        }

        Assert.All(status.Lpars, l => Assert.Equal(LparState.Applied, l.State));
        Assert.Equal([new HoldStatus("ERROR", "AA00002", "bob")], status.Lpars[0].Sysmods.Single(s => s.Id == "UJ00003").Holds);
        var bypass = Assert.Single(status.Audit, e => e.Action == "bypass");
        Assert.Equal(new AuditEntry(decidedAt, "bob", "bypass", "ERROR hold AA00002 on UJ00003 bypassed with BYPASS(HOLDERROR(AA00002))", "PE fix verified on the test plex"), bypass);
    }

    [Fact]
    public async Task MultsysGroup_PlanLeavingOutAMember_IsRefusedAndCreatesNothing()
    {
        var (a, b) = Two();
        await Imu.ApplyFleetAsync(Imu.FleetYaml($"{a} P{a}", $"{b} P{a}"));
        await Imu.ReceiveAsync(MultsysPrerequisite + "\n" + MultsysPtf);
        var rollout = Imu.Client.GetGrain<IRolloutGrain>(Rollout());

        var created = await rollout.CreateAsync(Request("UJ00004", a)).WithTestTimeout();

        Assert.False(created.Accepted);
        Assert.Equal([$"SYSMOD UJ00004 has a SYSTEM MULTSYS hold and goes onto group P{a} as one unit, but --lpars leaves out {b}"], created.Errors);
        Assert.Null(await rollout.GetStatusAsync().WithTestTimeout());
    }

    [Fact]
    public async Task MultsysGroup_ApplyCheckFailsOnOneMember_ItIsAppliedOnNoMemberAndNoneIpls()
    {
        var systems = Imu.Lease(3);
        foreach (var system in systems.Take(2))
        {
            Imu.ApplyByHand(system, MultsysPrerequisite, "UJ00009");
        }

        await Imu.ApplyFleetAsync(Imu.FleetYaml([.. systems.Select(s => $"{s} P{systems[0]}")]));
        await Imu.ReceiveAsync(MultsysPrerequisite + "\n" + MultsysPtf);
        var rollout = await Imu.CreateAsync(Rollout(), Request("UJ00004", string.Join(",", systems)) with { MaxFailures = 3 });

        await rollout.StartAsync(new OperatorAction("alice")).WithTestTimeout();
        var status = await Imu.RunUntilAsync(rollout, s => s.State == RolloutState.Completed);

        Assert.All(systems, s => Assert.DoesNotContain("UJ00004", Imu.ZoneOf(s).Keys.Where(k => Imu.ZoneOf(s)[k] == SysmodEntryStatus.Applied)));
        Assert.All(systems, s => Assert.Equal(0, Imu.Info(s).AppliesExecuted));
        Assert.All(systems, s => Assert.Equal(0, Imu.Info(s).IplsCompleted));
        Assert.Equal(LparState.Failed, Assert.Single(status.Groups).State);
        Assert.Equal([LparState.Skipped, LparState.Skipped, LparState.Failed], status.Lpars.Select(l => l.State));
        Assert.Contains(status.Audit, e => e.Action == "group-failed" && e.Detail.StartsWith($"group P{systems[0]} failed on {systems[2]}: UJ00004 APPLY CHECK failed: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StagedVsActive_LparsSharingAZone_OneApplyAndEachActivatesAtItsOwnIpl()
    {
        var (a, b) = Two();
        await Imu.ApplyFleetAsync(Imu.FleetYaml($"{a} P{a}", $"{b} P{a} zoneSystem:{a}"));
        await Imu.ReceiveAsync(IplPtf);
        var rollout = await Imu.CreateAsync(Rollout(), Request("UJ00002", $"{a},{b}"));
        var window = Imu.WindowOpens();

        await rollout.StartAsync(new OperatorAction("alice")).WithTestTimeout();
        await Imu.RunUntilAsync(rollout, s => s.Lpars.All(l => l.State == LparState.Staged));

        Assert.Equal(1, Imu.Info(a).AppliesExecuted);
        Assert.Equal(0, Imu.Info(b).AppliesExecuted);
        Assert.Equal(SysmodEntryStatus.Applied, Imu.ZoneOf(a)["UJ00002"]);
        Assert.DoesNotContain("UJ00002", Imu.ZoneOf(b).Keys);
        Assert.Equal(0, Imu.Info(a).IplsCompleted);
        Assert.True(Imu.Clock.GetUtcNow() < window, $"staged at {Imu.Clock.GetUtcNow():O}, after the window opened");

        var done = await Imu.RunUntilAsync(rollout, s => s.State == RolloutState.Completed);

        Assert.True(Imu.Clock.GetUtcNow() >= window);
        Assert.All(done.Lpars, l => Assert.Equal(LparState.Active, l.State));
        Assert.Equal(1, Imu.Info(a).IplsCompleted);
        Assert.Equal(1, Imu.Info(b).IplsCompleted);
        var shown = await Imu.Client.GetGrain<ILparGrain>(b).ShowAsync().WithTestTimeout();
        Assert.Equal([new ActiveSysmod("UJ00002")], shown.Active);
        Assert.Empty(shown.Staged);
        var sysmod = await Imu.Client.GetGrain<ISysmodGrain>("UJ00002").GetAsync().WithTestTimeout();
        Assert.Contains(sysmod.Applied, p => p.Where == $"{a}/TGT1");
        Assert.Contains(sysmod.Active, p => p.Where == a);
        Assert.Contains(sysmod.Active, p => p.Where == b);
    }

    [Fact]
    public async Task IplWindow_TooLateForTheExpectedIplTime_WaitsForTheNextOccurrence()
    {
        var a = One();
        await Imu.ApplyFleetAsync(Imu.FleetYaml($"{a} P{a}"));
        var window = Imu.WindowOpens();
        await Imu.ReceiveAsync(IplPtf);
        Imu.Clock.Advance(window.AddHours(2).AddMinutes(-8) - Imu.Clock.GetUtcNow());
        var rollout = await Imu.CreateAsync(Rollout(), Request("UJ00002", a));

        await rollout.StartAsync(new OperatorAction("alice")).WithTestTimeout();
        await Imu.RunUntilAsync(rollout, s => s.Lpars[0].State == LparState.Staged, TimeSpan.FromMinutes(7));
        var waiting = await Imu.WaitAsync(rollout, s => s.Reasons.Any(r => r.Contains("too soon", StringComparison.Ordinal)));

        Assert.Equal(0, Imu.Info(a).IplsCompleted);
        Assert.Contains($"{a}: the IPL window open now ends at {window.AddHours(2):yyyy-MM-dd'T'HH:mm:ss'Z'}, too soon for a PT10M IPL; waiting for the next one at {window.AddDays(1):yyyy-MM-dd'T'HH:mm:ss'Z'}", waiting.Reasons);

        await Imu.RunUntilAsync(rollout, s => s.State == RolloutState.Completed);

        Assert.True(Imu.Clock.GetUtcNow() >= window.AddDays(1));
        Assert.Equal(1, Imu.Info(a).IplsCompleted);
    }

    [Fact]
    public async Task IplNone_TheOrchestratorNeverIpls_AndAnIplByAnyoneMakesTheChangeActive()
    {
        var a = One();
        await Imu.ApplyFleetAsync(Imu.FleetYaml($"{a} P{a}"));
        await Imu.ReceiveAsync(IplPtf);
        var rollout = await Imu.CreateAsync(Rollout(), Request("UJ00002", a) with { Ipl = IplPolicy.None });

        await rollout.StartAsync(new OperatorAction("alice")).WithTestTimeout();
        var done = await Imu.RunUntilAsync(rollout, s => s.State == RolloutState.Completed);
        Imu.Clock.Advance(TimeSpan.FromHours(6));

        Assert.Equal(LparState.Staged, done.Lpars[0].State);
        Assert.Equal(0, Imu.Info(a).IplsCompleted);
        var lpar = Imu.Client.GetGrain<ILparGrain>(a);
        Assert.True((await lpar.ShowAsync().WithTestTimeout()).NeedsIpl);

        await Imu.IplByHandAsync(a);
        await Imu.RunUntilAsync(rollout, s => s.Lpars[0].State == LparState.Active);

        var shown = await lpar.ShowAsync().WithTestTimeout();
        Assert.False(shown.NeedsIpl);
        Assert.Equal([new ActiveSysmod("UJ00002")], shown.Active);
        Assert.Equal(1, Imu.Info(a).IplsCompleted);
    }

    [Fact]
    public async Task Waves_SecondWave_StartsOnlyOnceApproved()
    {
        var (a, b) = Two();
        await Imu.ApplyFleetAsync(Imu.FleetYaml($"{a} P{a}", $"{b} P{b}"));
        await Imu.ReceiveAsync(PlainPtf);
        var name = Rollout();
        var rollout = await Imu.CreateAsync(name, Request("UJ00001", $"{a},{b}", $"{a};{b}") with { ApproveWaves = true, Bake = TimeSpan.FromMinutes(30) });

        await rollout.StartAsync(new OperatorAction("alice")).WithTestTimeout();
        var waiting = await Imu.RunUntilAsync(rollout, s => s.Reasons.Any(r => r.StartsWith("waiting for approval of wave 2", StringComparison.Ordinal)));

        Assert.Equal(0, Imu.Info(b).JobsSubmitted);
        Assert.Equal([WaveState.Completed, WaveState.AwaitingApproval], waiting.Waves.Select(w => w.State));
        Assert.Equal(RolloutState.Waiting, waiting.State);

        var approved = await rollout.ApproveAsync(2, new OperatorAction("carol", "wave 1 clean for 30 minutes")).WithTestTimeout();
        var done = await Imu.RunUntilAsync(rollout, s => s.State == RolloutState.Completed);

        Assert.True(approved.Accepted);
        Assert.Equal(SysmodEntryStatus.Applied, Imu.ZoneOf(b)["UJ00001"]);
        Assert.Contains(done.Audit, e => e is { By: "carol", Action: "approve", Reason: "wave 1 clean for 30 minutes" });
    }

    [Fact]
    public async Task MaxFailures_Exceeded_StopsTheRolloutAndLeavesTheNextWaveUntouched()
    {
        var (a, b) = Two();
        await Imu.ApplyFleetAsync(Imu.FleetYaml($"{a} P{a}", $"{b} P{b}"));
        await Imu.ReceiveAsync(PlainPtf);
        var rollout = await Imu.CreateAsync(Rollout(), Request("UJ00001", $"{a},{b}", $"{a};{b}"));
        Imu.Simulator.AddFault(a, new SimulatorFault(SimulatorFaultOperation.Any, SimulatorFaultKind.Down));

        try
        {
            await rollout.StartAsync(new OperatorAction("alice")).WithTestTimeout();
            var status = await Imu.RunUntilAsync(rollout, s => s.State == RolloutState.Failed);

            Assert.Equal([LparState.Failed, LparState.Skipped], status.Lpars.Select(l => l.State));
            Assert.Equal(0, Imu.Info(b).JobsSubmitted);
            Assert.Contains(status.Lpars[0].Reasons, r => r.Contains("RECEIVE failed", StringComparison.Ordinal));
            Assert.StartsWith($"1 LPAR(s) failed ({a}), more than --max-failures 0", Assert.Single(status.Reasons));
        }
        finally
        {
            Imu.Simulator.ClearFaults(a);
        }
    }

    [Fact]
    public async Task DurableSteps_SubmitResponsesLost_TheAgentFollowsEachJobAndAppliesOnce()
    {
        var a = One();
        await Imu.ApplyFleetAsync(Imu.FleetYaml($"{a} P{a}"));
        await Imu.ReceiveAsync(PlainPtf);
        var rollout = await Imu.CreateAsync(Rollout(), Request("UJ00001", a));
        Imu.Simulator.AddFault(a, new SimulatorFault(SimulatorFaultOperation.Any, SimulatorFaultKind.LostResponse, Count: 3));

        await rollout.StartAsync(new OperatorAction("alice")).WithTestTimeout();
        await Imu.RunUntilAsync(rollout, s => s.State == RolloutState.Completed);

        Assert.Equal(["RECEIVE", "APPLY CHECK", "APPLY"], Imu.Commands(a));
        Assert.Equal(3, Imu.Info(a).JobsSubmitted);
        Assert.Equal(SysmodEntryStatus.Applied, Imu.ZoneOf(a)["UJ00001"]);
    }

    [Fact]
    public async Task DurableSteps_GrainsDeactivatedMidRollout_ResumeFromTheirDurableState()
    {
        var (a, b) = Two();
        await Imu.ApplyFleetAsync(Imu.FleetYaml($"{a} P{a}", $"{b} P{b}"));
        await Imu.ReceiveAsync(PlainPtf);
        var rollout = await Imu.CreateAsync(Rollout(), Request("UJ00001", $"{a},{b}"));

        await rollout.StartAsync(new OperatorAction("alice")).WithTestTimeout();
        await Imu.Cluster.DeactivateAsync(rollout).WithTestTimeout();
        await Imu.Cluster.DeactivateAsync(Imu.Client.GetGrain<IZoneGrain>($"{a}/TGT1")).WithTestTimeout();
        var status = await Imu.RunUntilAsync(rollout, s => s.State == RolloutState.Completed);

        Assert.All(status.Lpars, l => Assert.Equal(LparState.Applied, l.State));
        Assert.Equal(1, Imu.Info(a).AppliesExecuted);
        Assert.Equal(1, Imu.Info(b).AppliesExecuted);
    }

    [Fact]
    public async Task Pause_NoNewStepStarts_ResumeContinuesFromTheDurableState()
    {
        var a = One();
        await Imu.ApplyFleetAsync(Imu.FleetYaml($"{a} P{a}"));
        await Imu.ReceiveAsync(PlainPtf);
        var name = Rollout();
        var rollout = await Imu.CreateAsync(name, Request("UJ00001", a));

        await rollout.StartAsync(new OperatorAction("alice")).WithTestTimeout();
        var paused = await rollout.PauseAsync(new OperatorAction("alice", "change freeze")).WithTestTimeout();
        var zone = Imu.Client.GetGrain<IZoneGrain>($"{a}/TGT1");
        var received = Imu.Clock.GetUtcNow();
        var status = await Imu.RunUntilAsync(rollout, async s => Imu.Clock.GetUtcNow() > received.AddMinutes(10) && await zone.GetResultAsync($"{name}/{a}/TGT1/RECEIVE/1") is not null);

        Assert.True(paused.Accepted);
        Assert.Equal(RolloutState.Paused, status.State);
        Assert.Equal(1, Imu.Info(a).JobsSubmitted);

        await rollout.ResumeAsync(new OperatorAction("alice")).WithTestTimeout();
        var done = await Imu.RunUntilAsync(rollout, s => s.State == RolloutState.Completed);

        Assert.Equal(3, Imu.Info(a).JobsSubmitted);
        Assert.Equal(["create", "start", "pause", "resume", "complete"], done.Audit.Select(e => e.Action));
    }

    [Fact]
    public async Task Abort_StopsAndLeavesWhatIsApplied_RestoreTakesItOutAgain()
    {
        var (a, b) = Two();
        await Imu.ApplyFleetAsync(Imu.FleetYaml($"{a} P{a}", $"{b} P{b}"));
        await Imu.ReceiveAsync(PlainPtf);
        var rollout = await Imu.CreateAsync(Rollout(), Request("UJ00001", $"{a},{b}", $"{a};{b}") with { ApproveWaves = true });

        await rollout.StartAsync(new OperatorAction("alice")).WithTestTimeout();
        await Imu.RunUntilAsync(rollout, s => s.Reasons.Any(r => r.StartsWith("waiting for approval of wave 2", StringComparison.Ordinal)));
        var aborted = await rollout.AbortAsync(new OperatorAction("alice", "wrong package")).WithTestTimeout();
        var status = (await rollout.GetStatusAsync().WithTestTimeout())!;

        Assert.True(aborted.Accepted);
        Assert.Equal(RolloutState.Aborted, status.State);
        Assert.Equal([LparState.Applied, LparState.Skipped], status.Lpars.Select(l => l.State));
        Assert.Equal(SysmodEntryStatus.Applied, Imu.ZoneOf(a)["UJ00001"]);

        await rollout.RestoreAsync(new OperatorAction("alice", "back out")).WithTestTimeout();
        var restored = await Imu.RunUntilAsync(rollout, s => s.State == RolloutState.Restored);

        Assert.NotEqual(SysmodEntryStatus.Applied, Imu.ZoneOf(a).GetValueOrDefault("UJ00001", SysmodEntryStatus.Received));
        Assert.Equal(0, Imu.Info(b).JobsSubmitted);
        Assert.Equal([LparState.Restored, LparState.Skipped], restored.Lpars.Select(l => l.State));
        Assert.Equal(["abort", "restore", "restored"], restored.Audit.Select(e => e.Action).Where(x => x is "abort" or "restore" or "restored"));
    }

    private static RolloutRequest Request(string sysmods, string lpars, string? waves = null) => new()
    {
        Sysmods = sysmods.Split(','),
        Lpars = lpars.Split(','),
        Waves = waves?.Split(';').Select(w => w.Split(',')).ToArray(),
        By = "alice",
    };

    private static string Rollout([System.Runtime.CompilerServices.CallerMemberName] string test = "") => test.Split('_')[0] + "-" + Guid.NewGuid().ToString("N")[..8];

    private string One() => Imu.Lease(1)[0];

    private (string A, string B) Two()
    {
        var systems = Imu.Lease(2);
        return (systems[0], systems[1]);
    }
}
