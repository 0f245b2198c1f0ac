using IMU.Grains.Models;
using IMU.Grains.Rollouts;
using static IMU.Grains.Tests.Rollouts.RolloutFixture;

namespace IMU.Grains.Tests.Rollouts;

public sealed class RolloutEngineTests
{
    private const string Tgt1 = "SYS001/TGT1";
    private const string Tgt2 = "SYS002/TGT1";
    private const string Tgt3 = "SYS003/TGT1";

    private static readonly Dictionary<string, SysmodView> s_sysmods = Received(
        Sysmod("UJ00001"),
        Sysmod("UJ00002", SysmodActivation.Ipl, Hold("SYSTEM", "IPL")),
        Sysmod("UJ00003", SysmodActivation.None, Hold("ERROR", "AA00002", "PE")),
        Sysmod("UJ00004", SysmodActivation.Ipl, Hold("SYSTEM", "MULTSYS")));

    private static EngineHarness Start(RolloutRequest request, params LparDefinition[] lpars) =>
        EngineHarness.Started(Plan(FleetOf(lpars), s_sysmods, request));

    private static EngineHarness ThreeLpars(RolloutRequest request) =>
        Start(request, Lpar("SYS001"), Lpar("SYS002", "PLEXB"), Lpar("SYS003", "PLEXC"));

    private static void Install(EngineHarness h, string zone)
    {
        h.Complete(zone, ZoneStepKind.Receive, ZoneSysmodOutcome.Received);
        h.Complete(zone, ZoneStepKind.ApplyCheck, ZoneSysmodOutcome.Applied);
        h.Complete(zone, ZoneStepKind.Apply, ZoneSysmodOutcome.Applied);
    }

    [Fact]
    public void Waves_NextWave_StartsOnlyWhenEveryLparOfTheWaveIsDoneAndHealthy()
    {
        var h = ThreeLpars(Request("UJ00001", "SYS001,SYS002,SYS003", "SYS001,SYS002;SYS003"));

        Assert.Equal([Tgt1, Tgt2], h.InFlight.Select(s => s.Zone));
        Install(h, Tgt1);
        Assert.Empty(h.HealthChecks);
        Install(h, Tgt2);

        var check = Assert.Single(h.HealthChecks);
        Assert.Equal(1, check.Wave);
        Assert.Equal(["SYS001", "SYS002"], check.Lpars);
        Assert.Empty(h.InFlight);
        Assert.Equal(RolloutState.Waiting, h.Status.State);
        Assert.Contains("wave 1: waiting for its LPARs to answer the health check", h.Status.Reasons);

        h.Engine.OnHealth(1, [], h.Now);
        h.Advance();

        Assert.Equal(ZoneStepKind.Receive, h.Step(Tgt3, ZoneStepKind.Receive).Kind);
        Assert.Equal([WaveState.Completed, WaveState.Running], h.Status.Waves.Select(w => w.State));
    }

    [Fact]
    public void Waves_BakeTime_DelaysTheHealthCheckAndTheNextWave()
    {
        var h = ThreeLpars(Request("UJ00001", "SYS001,SYS002", "SYS001;SYS002") with { Bake = TimeSpan.FromHours(1) });
        Install(h, Tgt1);

        Assert.Empty(h.HealthChecks);
        Assert.Equal(RolloutState.Waiting, h.Status.State);
        Assert.Contains("wave 1 is done; baking until 2026-12-06T02:00:00Z", h.Status.Reasons);
        Assert.Equal(h.Now.AddHours(1), h.Engine.NextWakeUp());

        h.Now = h.Now.AddMinutes(59);
        h.Advance();
        Assert.Empty(h.HealthChecks);

        h.Now = h.Now.AddMinutes(1);
        h.Advance();
        Assert.Single(h.HealthChecks);
    }

    [Fact]
    public void Waves_HealthCheckFailed_NextWaveWaitsAndAsksAgain()
    {
        var h = ThreeLpars(Request("UJ00001", "SYS001,SYS002", "SYS001;SYS002"));
        Install(h, Tgt1);

        h.Engine.OnHealth(1, ["SYS001: z/OSMF does not answer"], h.Now);
        h.Advance();

        Assert.Empty(h.InFlight);
        Assert.Contains("wave 1: the health check failed (SYS001: z/OSMF does not answer); asking again every PT1M", h.Status.Reasons);
        h.Now = h.Now.AddMinutes(1);
        h.Advance();
        Assert.Equal(2, h.HealthChecks.Count);
    }

    [Fact]
    public void Waves_ApproveWaves_NextWaveWaitsForAnApproval()
    {
        var h = ThreeLpars(Request("UJ00001", "SYS001,SYS002", "SYS001;SYS002") with { ApproveWaves = true });
        Install(h, Tgt1);
        h.Engine.OnHealth(1, [], h.Now);
        h.Advance();

        Assert.Empty(h.InFlight);
        Assert.Contains("waiting for approval of wave 2: imu rollout approve R1 --wave 2", h.Status.Reasons);
        Assert.False(h.Engine.Approve(1, new OperatorAction("bob"), h.Now).Accepted);

        var approved = h.Engine.Approve(2, new OperatorAction("bob", "wave 1 ran a day clean"), h.Now);
        h.Advance();

        Assert.True(approved.Accepted);
        Assert.Equal(ZoneStepKind.Receive, h.Step(Tgt2, ZoneStepKind.Receive).Kind);
        Assert.Contains(h.Status.Audit, a => a is { By: "bob", Action: "approve", Reason: "wave 1 ran a day clean" });
        Assert.Equal(["wave 2 is already approved by bob"], h.Engine.Approve(2, new OperatorAction("carol"), h.Now).Errors);
    }

    [Fact]
    public void MaxParallel_CapsTheSmpeJobsInFlight()
    {
        var h = Start(
            Request("UJ00001", "SYS001,SYS002,SYS003,SYS004,SYS005") with { MaxParallel = 2 },
            Lpar("SYS001"), Lpar("SYS002", "P2"), Lpar("SYS003", "P3"), Lpar("SYS004", "P4"), Lpar("SYS005", "P5"));

        Assert.Equal(2, h.InFlight.Count);
        var peak = 0;
        while (h.InFlight.Count > 0)
        {
            peak = Math.Max(peak, h.InFlight.Count);
            var step = h.InFlight[0];
            h.Complete(step.Zone, step.Kind, step.Kind == ZoneStepKind.Receive ? ZoneSysmodOutcome.Received : ZoneSysmodOutcome.Applied);
        }

        Assert.Equal(2, peak);
        Assert.Equal(RolloutState.Completed, h.Status.State);
    }

    [Fact]
    public void MaxFailures_Exceeded_StopsTheRolloutAndLeavesUntouchedLparsUntouched()
    {
        var h = ThreeLpars(Request("UJ00001", "SYS001,SYS002,SYS003", "SYS001;SYS002,SYS003"));
        h.Complete(Tgt1, ZoneStepKind.Receive, ZoneSysmodOutcome.Received);
        h.Complete(Tgt1, ZoneStepKind.ApplyCheck, ZoneSysmodOutcome.Applied);
        h.Complete(Tgt1, ZoneStepKind.Apply, ZoneSysmodOutcome.Failed, ("UJ00001", ZoneSysmodOutcome.Failed, "IMU3211E PRE UZ12345 OF UJ00001 IS NOT INSTALLED"));

        var status = h.Status;
        Assert.Equal(RolloutState.Failed, status.State);
        Assert.Empty(h.InFlight);
        Assert.Equal([LparState.Failed, LparState.Skipped, LparState.Skipped], status.Lpars.Select(l => l.State));
        Assert.Equal([WaveState.Completed, WaveState.Skipped], status.Waves.Select(w => w.State));
        Assert.Contains("UJ00001: APPLY failed: IMU3211E PRE UZ12345 OF UJ00001 IS NOT INSTALLED", status.Lpars[0].Reasons);
        Assert.StartsWith("1 LPAR(s) failed (SYS001), more than --max-failures 0", Assert.Single(status.Reasons));
    }

    [Fact]
    public void MaxFailures_NotExceeded_TheRolloutGoesOn()
    {
        var h = ThreeLpars(Request("UJ00001", "SYS001,SYS002") with { MaxFailures = 1 });
        h.FailJob(Tgt1, ZoneStepKind.Receive, "JCL ERROR");
        Install(h, Tgt2);

        Assert.Equal(RolloutState.Completed, h.Status.State);
        Assert.Equal([LparState.Failed, LparState.Applied], h.Status.Lpars.Select(l => l.State));
    }

    [Fact]
    public void StagedVsActive_SharedZone_OneApplyServesBothLparsAndEachActivatesAtItsOwnIpl()
    {
        var h = Start(Request("UJ00002", "SYS001,SYS002"), Lpar("SYS001"), Lpar("SYS002", zoneSystem: "SYS001"));
        Install(h, Tgt1);

        Assert.Equal([LparState.Staged, LparState.Staged], h.Status.Lpars.Select(l => l.State));
        Assert.True(h.LastSync("SYS001").WantIpl);
        Assert.True(h.LastSync("SYS002").WantIpl);
        Assert.NotEqual(h.LastSync("SYS001").IplOperationId, h.LastSync("SYS002").IplOperationId);

        h.Report("SYS001", LparIplState.None, null, "UJ00002");
        Assert.Equal([LparState.Active, LparState.Staged], h.Status.Lpars.Select(l => l.State));
        Assert.Equal(RolloutState.Waiting, h.Status.State);

        h.Report("SYS002", LparIplState.None, null, "UJ00002");
        Assert.Equal(RolloutState.Completed, h.Status.State);
        Assert.Single(h.State.Zones);
    }

    [Fact]
    public void StagedVsActive_IplNone_StagedLparIsDoneAndNeverAskedToIpl()
    {
        var h = ThreeLpars(Request("UJ00002", "SYS001") with { Ipl = IplPolicy.None });
        Install(h, Tgt1);

        Assert.Equal(RolloutState.Completed, h.Status.State);
        Assert.Equal(LparState.Staged, h.Lpar("SYS001").State);
        Assert.All(h.Syncs, s => Assert.False(s.Sync.WantIpl));
        Assert.Equal([new InstalledSysmod("UJ00002", SysmodActivation.Ipl)], h.LastSync("SYS001").Installed);
    }

    [Fact]
    public void StagedVsActive_NonIplSysmod_IsActiveOnceApplied()
    {
        var h = ThreeLpars(Request("UJ00001", "SYS001"));
        Install(h, Tgt1);

        Assert.Equal(LparState.Applied, h.Lpar("SYS001").State);
        Assert.False(h.LastSync("SYS001").WantIpl);
        Assert.Equal(RolloutState.Completed, h.Status.State);
    }

    [Fact]
    public void IplWindow_WaitingLpar_ShowsWhyInTheRolloutsReasons()
    {
        var h = ThreeLpars(Request("UJ00002", "SYS001"));
        Install(h, Tgt1);

        h.Report("SYS001", LparIplState.Scheduled, "waiting for its next IPL window at 2026-12-06T02:00:00Z");

        Assert.Equal(RolloutState.Waiting, h.Status.State);
        Assert.Contains("SYS001: waiting for its next IPL window at 2026-12-06T02:00:00Z", h.Status.Reasons);
        Assert.Contains("IPL: waiting for its next IPL window at 2026-12-06T02:00:00Z", h.Lpar("SYS001").Reasons);
    }

    [Fact]
    public void IplFailed_LparIsFailedAndItsChangeStaysStaged()
    {
        var h = ThreeLpars(Request("UJ00002", "SYS001") with { MaxFailures = 1 });
        Install(h, Tgt1);

        h.Report("SYS001", LparIplState.Failed, "the HMC load job ended with status 409");

        Assert.Equal(LparState.Failed, h.Lpar("SYS001").State);
        Assert.Equal(LparState.Staged, h.Lpar("SYS001").Sysmods.Single().Status);
        Assert.False(h.LastSync("SYS001").WantIpl);
    }

    [Fact]
    public void MultsysGroup_ApplyWaitsUntilApplyCheckPassedOnEveryMember()
    {
        var h = Start(Request("UJ00004", "SYS001,SYS002"), Lpar("SYS001"), Lpar("SYS002"));
        h.Complete(Tgt1, ZoneStepKind.Receive, ZoneSysmodOutcome.Received);
        h.Complete(Tgt2, ZoneStepKind.Receive, ZoneSysmodOutcome.Received);
        h.Complete(Tgt1, ZoneStepKind.ApplyCheck, ZoneSysmodOutcome.Applied);

        Assert.Empty(h.Kinds(Tgt1));
        Assert.Contains("UJ00004: waits until APPLY CHECK passed on every member of group PLEXA", h.Lpar("SYS001").Reasons);

        h.Complete(Tgt2, ZoneStepKind.ApplyCheck, ZoneSysmodOutcome.Applied);

        Assert.Equal(["Apply"], h.Kinds(Tgt1));
        Assert.Equal(["Apply"], h.Kinds(Tgt2));
        Assert.Equal(["HOLDSYSTEM(MULTSYS(UJ00004))"], h.Step(Tgt1, ZoneStepKind.Apply).Bypass);
    }

    [Fact]
    public void MultsysGroup_NoMemberIplsOntoItBeforeEveryMemberHasItStaged()
    {
        var h = Start(Request("UJ00004", "SYS001,SYS002"), Lpar("SYS001"), Lpar("SYS002"));
        h.Complete(Tgt1, ZoneStepKind.Receive, ZoneSysmodOutcome.Received);
        h.Complete(Tgt2, ZoneStepKind.Receive, ZoneSysmodOutcome.Received);
        h.Complete(Tgt1, ZoneStepKind.ApplyCheck, ZoneSysmodOutcome.Applied);
        h.Complete(Tgt2, ZoneStepKind.ApplyCheck, ZoneSysmodOutcome.Applied);
        h.Complete(Tgt1, ZoneStepKind.Apply, ZoneSysmodOutcome.Applied);

        Assert.Equal(LparState.Staged, h.Lpar("SYS001").State);
        Assert.False(h.LastSync("SYS001").WantIpl);
        Assert.Contains("UJ00004: no member of group PLEXA IPLs onto UJ00004 before every member has it staged (not yet: SYS002/TGT1)", h.Lpar("SYS001").Reasons);

        h.Complete(Tgt2, ZoneStepKind.Apply, ZoneSysmodOutcome.Applied);

        Assert.True(h.LastSync("SYS001").WantIpl);
        Assert.True(h.LastSync("SYS002").WantIpl);
    }

    [Fact]
    public void MultsysGroup_OneMemberFailsApply_RestoredWhereItWentInGroupFailedAndNoMemberIpls()
    {
        var h = Start(Request("UJ00004", "SYS001,SYS002,SYS003") with { MaxFailures = 1 }, Lpar("SYS001"), Lpar("SYS002"), Lpar("SYS003"));
        foreach (var zone in new[] { Tgt1, Tgt2, Tgt3 })
        {
            h.Complete(zone, ZoneStepKind.Receive, ZoneSysmodOutcome.Received);
        }

        foreach (var zone in new[] { Tgt1, Tgt2, Tgt3 })
        {
            h.Complete(zone, ZoneStepKind.ApplyCheck, ZoneSysmodOutcome.Applied);
        }

        h.Complete(Tgt1, ZoneStepKind.Apply, ZoneSysmodOutcome.Applied);
        h.Complete(Tgt2, ZoneStepKind.Apply, ZoneSysmodOutcome.Failed, ("UJ00004", ZoneSysmodOutcome.Failed, "GIM35701E ... ABEND"));

        Assert.Equal(["Restore"], h.Kinds(Tgt1));
        Assert.Equal(["UJ00004"], h.Step(Tgt1, ZoneStepKind.Restore).Sysmods);
        Assert.Equal(["Apply"], h.Kinds(Tgt3));
        Assert.Equal(LparState.Failed, Assert.Single(h.Status.Groups).State);

        h.Complete(Tgt3, ZoneStepKind.Apply, ZoneSysmodOutcome.Applied);
        Assert.Equal(["Restore"], h.Kinds(Tgt3));
        h.Complete(Tgt1, ZoneStepKind.Restore, ZoneSysmodOutcome.Restored);
        h.Complete(Tgt3, ZoneStepKind.Restore, ZoneSysmodOutcome.Restored);

        Assert.Equal([LparState.Restored, LparState.Failed, LparState.Restored], h.Status.Lpars.Select(l => l.State));
        Assert.All(h.Syncs, s => Assert.False(s.Sync.WantIpl));
        Assert.Empty(h.LastSync("SYS001").Installed);
        Assert.Contains(h.Status.Audit, a => a.Action == "group-failed" && a.Detail.StartsWith("group PLEXA failed on SYS002: UJ00004 APPLY", StringComparison.Ordinal));
        Assert.Equal(RolloutState.Completed, h.Status.State);
    }

    [Fact]
    public void MultsysGroup_FailingApplyCheckOnOneMember_NothingIsAppliedAnywhere()
    {
        var h = Start(Request("UJ00004", "SYS001,SYS002") with { MaxFailures = 1 }, Lpar("SYS001"), Lpar("SYS002"));
        h.Complete(Tgt1, ZoneStepKind.Receive, ZoneSysmodOutcome.Received);
        h.Complete(Tgt2, ZoneStepKind.Receive, ZoneSysmodOutcome.Received);
        h.Complete(Tgt1, ZoneStepKind.ApplyCheck, ZoneSysmodOutcome.Applied);
        h.Complete(Tgt2, ZoneStepKind.ApplyCheck, ZoneSysmodOutcome.Failed, ("UJ00004", ZoneSysmodOutcome.Failed, "REQ UJ00099 IS NOT INSTALLED"));

        Assert.Empty(h.InFlight);
        Assert.Equal([LparState.Skipped, LparState.Failed], h.Status.Lpars.Select(l => l.State));
        Assert.Contains("UJ00004: not applied: group PLEXA failed on SYS002: UJ00004 APPLY CHECK failed: REQ UJ00099 IS NOT INSTALLED", h.Lpar("SYS001").Reasons);
    }

    [Fact]
    public void MultsysGroup_FailingCheckArrivesWhileOtherChecksAreInFlight_TheirAnswersDoNotRevive()
    {
        var h = Start(Request("UJ00004", "SYS001,SYS002") with { MaxFailures = 1 }, Lpar("SYS001"), Lpar("SYS002"));
        h.Complete(Tgt1, ZoneStepKind.Receive, ZoneSysmodOutcome.Received);
        h.Complete(Tgt2, ZoneStepKind.Receive, ZoneSysmodOutcome.Received);
        h.Complete(Tgt2, ZoneStepKind.ApplyCheck, ZoneSysmodOutcome.Failed, ("UJ00004", ZoneSysmodOutcome.Failed, "REQ UJ00099"));
        h.Complete(Tgt1, ZoneStepKind.ApplyCheck, ZoneSysmodOutcome.Applied);

        Assert.Empty(h.InFlight);
        Assert.Equal([LparState.Skipped, LparState.Failed], h.Status.Lpars.Select(l => l.State));
        Assert.Equal(RolloutState.Completed, h.Status.State);
    }

    [Fact]
    public void HoldError_WithoutBypass_IsHeldOnTheLparAndTheRolloutWaitsForADecision()
    {
        var h = ThreeLpars(Request("UJ00001,UJ00003", "SYS001,SYS002"));
        foreach (var zone in new[] { Tgt1, Tgt2 })
        {
            h.Complete(zone, ZoneStepKind.Receive, ZoneSysmodOutcome.Received);
            h.Complete(zone, ZoneStepKind.ApplyCheck, ZoneSysmodOutcome.Applied, ("UJ00003", ZoneSysmodOutcome.Held, "ERROR AA00002"));
        }

        Assert.Equal(["UJ00001"], h.Step(Tgt1, ZoneStepKind.Apply).Sysmods);
        h.Complete(Tgt1, ZoneStepKind.Apply, ZoneSysmodOutcome.Applied);
        h.Complete(Tgt2, ZoneStepKind.Apply, ZoneSysmodOutcome.Applied);

        var status = h.Status;
        Assert.Equal(RolloutState.Waiting, status.State);
        Assert.All(status.Lpars, l => Assert.Equal(LparState.Held, l.State));
        var held = status.Lpars[0].Sysmods.Single(s => s.Id == "UJ00003");
        Assert.Equal(LparState.Held, held.Status);
        Assert.Equal([new HoldStatus("ERROR", "AA00002", null)], held.Holds);
        Assert.StartsWith("UJ00003 is HELD (ERROR AA00002) on SYS001, SYS002: waiting for a decision", Assert.Single(status.Reasons));
    }

    [Fact]
    public void HoldError_Bypassed_IsAppliedAndTheAuditSaysWhoWhenAndWhy()
    {
        var h = ThreeLpars(Request("UJ00003", "SYS001") with { Bypass = "HOLDERROR(AA00002)", Reason = "PE fix verified on the test plex" });

        h.Complete(Tgt1, ZoneStepKind.Receive, ZoneSysmodOutcome.Received);

        Assert.Equal(["HOLDERROR(AA00002)"], h.Step(Tgt1, ZoneStepKind.ApplyCheck).Bypass);
        var bypass = Assert.Single(h.Status.Audit, a => a.Action == "bypass");
        Assert.Equal(new AuditEntry(Now, "alice", "bypass", "ERROR hold AA00002 on UJ00003 bypassed with BYPASS(HOLDERROR(AA00002))", "PE fix verified on the test plex"), bypass);
        Assert.Equal([new HoldStatus("ERROR", "AA00002", "alice")], h.Lpar("SYS001").Sysmods.Single().Holds);
    }

    [Fact]
    public void HoldSystemIpl_ResolvedByTheOrchestrator_IsBypassedForItsSysmodOnlyAndAudited()
    {
        var h = ThreeLpars(Request("UJ00001,UJ00002", "SYS001"));
        h.Complete(Tgt1, ZoneStepKind.Receive, ZoneSysmodOutcome.Received);

        Assert.Equal(["HOLDSYSTEM(IPL(UJ00002))"], h.Step(Tgt1, ZoneStepKind.ApplyCheck).Bypass);
        Assert.Contains(h.Status.Audit, a => a is { By: "orchestrator", Action: "resolve", Detail: "SYSTEM hold IPL on UJ00002: the orchestrator stages it and IPLs each LPAR in its next IPL window" });
    }

    [Fact]
    public void Pause_StepsInFlightFinish_NoNewOnesStart_ResumeContinues()
    {
        var h = ThreeLpars(Request("UJ00001", "SYS001,SYS002") with { MaxParallel = 1 });
        Assert.True(h.Engine.Pause(new OperatorAction("alice", "change freeze"), h.Now).Accepted);

        h.Complete(Tgt1, ZoneStepKind.Receive, ZoneSysmodOutcome.Received);

        Assert.Empty(h.InFlight);
        Assert.Equal(RolloutState.Paused, h.Status.State);
        Assert.True(h.Engine.Resume(new OperatorAction("alice"), h.Now).Accepted);
        h.Advance();
        Assert.Equal(ZoneStepKind.ApplyCheck, Assert.Single(h.InFlight).Kind);
        Assert.Equal(["create", "start", "pause", "resume"], h.Status.Audit.Select(a => a.Action));
    }

    [Fact]
    public void Pause_ScheduledIpl_IsCalledOffUntilResume()
    {
        var h = ThreeLpars(Request("UJ00002", "SYS001"));
        Install(h, Tgt1);
        Assert.True(h.LastSync("SYS001").WantIpl);

        h.Engine.Pause(new OperatorAction("alice"), h.Now);
        h.Advance();
        Assert.False(h.LastSync("SYS001").WantIpl);

        h.Engine.Resume(new OperatorAction("alice"), h.Now);
        h.Advance();
        Assert.True(h.LastSync("SYS001").WantIpl);
    }

    [Fact]
    public void Abort_LeavesWhatIsAppliedAndTheUntouchedLparsSkipped()
    {
        var h = ThreeLpars(Request("UJ00001", "SYS001,SYS002", "SYS001;SYS002"));
        Install(h, Tgt1);

        var aborted = h.Engine.Abort(new OperatorAction("alice", "wrong package"), h.Now);
        h.Advance();

        Assert.True(aborted.Accepted);
        Assert.Equal(RolloutState.Aborted, h.Status.State);
        Assert.Equal([LparState.Applied, LparState.Skipped], h.Status.Lpars.Select(l => l.State));
        Assert.Empty(h.InFlight);
        Assert.False(h.Engine.Resume(new OperatorAction("alice"), h.Now).Accepted);
        Assert.Contains(h.Status.Audit, a => a is { Action: "abort", By: "alice", Reason: "wrong package" });
    }

    [Fact]
    public void Restore_RestoresWhereTheRolloutAppliedClearsStagedAndEndsRestored()
    {
        var h = ThreeLpars(Request("UJ00002", "SYS001,SYS002", "SYS001;SYS002") with { Ipl = IplPolicy.None });
        Install(h, Tgt1);
        h.Engine.OnHealth(1, [], h.Now);
        h.Advance();
        Assert.Equal(ZoneStepKind.Receive, Assert.Single(h.InFlight).Kind);

        Assert.True(h.Engine.Restore(new OperatorAction("alice", "IPL problems on the test plex"), h.Now).Accepted);
        h.Advance();
        Assert.Empty(h.Kinds(Tgt1));
        h.Complete(Tgt2, ZoneStepKind.Receive, ZoneSysmodOutcome.Received);

        Assert.Equal(["UJ00002"], h.Step(Tgt1, ZoneStepKind.Restore).Sysmods);
        Assert.Empty(h.Kinds(Tgt2));
        h.Complete(Tgt1, ZoneStepKind.Restore, ZoneSysmodOutcome.Restored);

        Assert.Equal(RolloutState.Restored, h.Status.State);
        Assert.Equal([LparState.Restored, LparState.Skipped], h.Status.Lpars.Select(l => l.State));
        Assert.Empty(h.LastSync("SYS001").Installed);
        Assert.Equal(["restore", "restored"], h.Status.Audit.Where(a => a.Action.StartsWith("restore", StringComparison.Ordinal)).Select(a => a.Action));
    }

    [Fact]
    public void Restore_AcceptedSysmod_IsLeftInAndSaysWhy()
    {
        var h = ThreeLpars(Request("UJ00001", "SYS001"));
        Install(h, Tgt1);

        h.Engine.Restore(new OperatorAction("alice"), h.Now);
        h.Advance();
        h.Complete(Tgt1, ZoneStepKind.Restore, ZoneSysmodOutcome.Accepted);

        Assert.Equal(RolloutState.Restored, h.Status.State);
        Assert.Contains("UJ00001: ACCEPTed into the DLIB zone, so RESTORE cannot take it out", h.Lpar("SYS001").Reasons);
    }

    [Fact]
    public void Restore_Failing_StopsWithAReasonAndCanBeAskedAgain()
    {
        var h = ThreeLpars(Request("UJ00001", "SYS001"));
        Install(h, Tgt1);
        h.Engine.Restore(new OperatorAction("alice"), h.Now);
        h.Advance();

        h.FailJob(Tgt1, ZoneStepKind.Restore, "ABEND S0C4");

        Assert.Equal(RolloutState.Failed, h.Status.State);
        Assert.Contains("RESTORE did not finish: SYS001/TGT1: RESTORE of UJ00001 failed: ABEND S0C4", Assert.Single(h.Status.Reasons));
        Assert.True(h.Engine.Restore(new OperatorAction("alice"), h.Now).Accepted);
        h.Advance();
        Assert.Equal(ZoneStepKind.Restore, Assert.Single(h.InFlight).Kind);
    }

    [Fact]
    public void DurableSteps_ResultOfAStepNotInFlight_ChangesNothing()
    {
        var h = ThreeLpars(Request("UJ00001", "SYS001"));
        var receive = h.Step(Tgt1, ZoneStepKind.Receive);
        h.Complete(Tgt1, ZoneStepKind.Receive, ZoneSysmodOutcome.Received);

        Assert.False(h.Engine.OnZoneStep(Result(receive, ZoneSysmodOutcome.Received), h.Now));
        Assert.False(h.Engine.OnZoneStep(Result(receive with { OperationId = "R1/SYS001/TGT1/RECEIVE/99" }, ZoneSysmodOutcome.Received), h.Now));
    }

    [Fact]
    public void DurableSteps_RestartedEngine_SendsTheSameOperationsAgain()
    {
        var h = ThreeLpars(Request("UJ00001", "SYS001,SYS002"));
        var sent = h.InFlight.Select(s => s.OperationId).ToList();

        var restarted = new RolloutEngine(h.State);

        Assert.Equal(sent, restarted.InFlightSteps(h.Now).Select(s => s.OperationId));
        Assert.Empty(restarted.Advance(h.Now).ZoneSteps);
    }
}
