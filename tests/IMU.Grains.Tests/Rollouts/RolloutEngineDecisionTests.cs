using IMU.Grains.Models;
using static IMU.Grains.Tests.Rollouts.RolloutFixture;

namespace IMU.Grains.Tests.Rollouts;

/// <summary>Decisions given while a rollout runs: hold decisions (rule 1) and wave approvals (rule 5).</summary>
public sealed class RolloutEngineDecisionTests
{
    private const string Tgt1 = "SYS001/TGT1";
    private const string Tgt2 = "SYS002/TGT1";

    private static readonly Dictionary<string, SysmodView> s_sysmods = Received(
        Sysmod("UJ00001"),
        Sysmod("UJ00003", SysmodActivation.None, Hold("ERROR", "AA00002", "PE"), Hold("USER", "DOCREVW")),
        Sysmod("UJ00005", SysmodActivation.None, Hold("ERROR", "AA00005")));

    private static EngineHarness HeldOnTwoLpars()
    {
        var h = EngineHarness.Started(Plan(FleetOf(Lpar("SYS001"), Lpar("SYS002", "PLEXB")), s_sysmods, Request("UJ00001,UJ00003,UJ00005", "SYS001,SYS002")));
        foreach (var zone in new[] { Tgt1, Tgt2 })
        {
            h.Complete(zone, ZoneStepKind.Receive, ZoneSysmodOutcome.Received);
            h.Complete(
                zone,
                ZoneStepKind.ApplyCheck,
                ZoneSysmodOutcome.Applied,
                ("UJ00003", ZoneSysmodOutcome.Held, "ERROR AA00002, USER DOCREVW"),
                ("UJ00005", ZoneSysmodOutcome.Held, "ERROR AA00005"));
            h.Complete(zone, ZoneStepKind.Apply, ZoneSysmodOutcome.Applied);
        }

        Assert.Equal(RolloutState.Waiting, h.Status.State);
        return h;
    }

    [Fact]
    public void HoldDecision_OnAHeldSysmod_ChecksItAgainWithTheBypassNarrowedToItAndAuditsItAsACreateTimeBypass()
    {
        var h = HeldOnTwoLpars();
        h.Now = h.Now.AddHours(3);

        var decided = h.Engine.DecideHold("UJ00003", "HOLDERROR(AA00002) HOLDUSER(DOCREVW)", new OperatorAction("bob", "PE fix verified on the test plex"), h.Now);
        h.Advance();

        Assert.True(decided.Accepted, string.Join("; ", decided.Errors));
        Assert.Equal(RolloutState.Running, decided.State);
        var check = h.Step(Tgt1, ZoneStepKind.ApplyCheck);
        Assert.Equal(["UJ00003", "UJ00005"], check.Sysmods);
        Assert.Equal(["HOLDERROR(AA00002(UJ00003))", "HOLDUSER(DOCREVW(UJ00003))"], check.Bypass);
        Assert.Equal(
            [
                new AuditEntry(h.Now, "bob", "bypass", "ERROR hold AA00002 on UJ00003 bypassed with BYPASS(HOLDERROR(AA00002) HOLDUSER(DOCREVW))", "PE fix verified on the test plex"),
                new AuditEntry(h.Now, "bob", "bypass", "USER hold DOCREVW on UJ00003 bypassed with BYPASS(HOLDERROR(AA00002) HOLDUSER(DOCREVW))", "PE fix verified on the test plex"),
            ],
            h.Status.Audit.Where(a => a.Action == "bypass"));
        Assert.Equal([new HoldStatus("ERROR", "AA00002", "bob"), new HoldStatus("USER", "DOCREVW", "bob")], h.Lpar("SYS001").Sysmods.Single(s => s.Id == "UJ00003").Holds);
        Assert.Equal([new HoldStatus("ERROR", "AA00005", null)], h.Lpar("SYS001").Sysmods.Single(s => s.Id == "UJ00005").Holds);
    }

    [Fact]
    public void HoldDecision_ReleasingOnlySomeHolds_RecordsThoseAndTheSysmodStaysHeldForTheRest()
    {
        var h = HeldOnTwoLpars();

        Assert.True(h.Engine.DecideHold("UJ00003", "BYPASS(HOLDCLASS(PE))", new OperatorAction("bob", "PE reviewed"), h.Now).Accepted);
        h.Advance();
        Assert.Equal(["HOLDERROR(AA00002(UJ00003))"], h.Step(Tgt1, ZoneStepKind.ApplyCheck).Bypass);
        h.Complete(Tgt1, ZoneStepKind.ApplyCheck, ZoneSysmodOutcome.Held, ("UJ00003", ZoneSysmodOutcome.Held, "USER DOCREVW"));

        Assert.Equal(["ERROR hold AA00002 on UJ00003 bypassed with BYPASS(HOLDCLASS(PE))"], h.Status.Audit.Where(a => a.Action == "bypass").Select(a => a.Detail));
        Assert.Equal(LparState.Held, h.Lpar("SYS001").State);
        Assert.StartsWith("UJ00003 is HELD (USER DOCREVW) on SYS001", h.Status.Reasons[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("UJ00009", "HOLDERROR(AA00002)", "checked", "SYSMOD UJ00009 is not in rollout R1; its SYSMODs are UJ00001, UJ00003, UJ00005")]
    [InlineData("UJ00001", "HOLDERROR(AA00002)", "checked", "SYSMOD UJ00001 is not HELD in rollout R1: it is APPLIED on SYS001, SYS002")]
    [InlineData("UJ00003", "HOLDERROR(AA00002)", null, "a hold decision on UJ00003 needs a reason: a bypass is recorded with who gave it and why")]
    [InlineData("UJ00003", "HOLDERROR(AA00002)", " ", "a hold decision on UJ00003 needs a reason: a bypass is recorded with who gave it and why")]
    [InlineData("UJ00003", "HOLDUSER(OTHER)", "checked", "BYPASS(HOLDUSER(OTHER)) releases none of the holds on UJ00003 that wait for a decision (ERROR AA00002, USER DOCREVW)")]
    [InlineData("UJ00003", "HOLDERROR(AA00002) ID", "checked", "BYPASS(HOLDERROR(AA00002) ID): a hold decision bypasses holds (HOLDSYSTEM, HOLDERROR, HOLDUSER, HOLDFIXCAT, HOLDCLASS); ID is not a hold operand")]
    public void HoldDecision_Refused_NamesTheCulpritAndChangesNothing(string sysmod, string bypass, string? reason, string error)
    {
        var h = HeldOnTwoLpars();
        var audit = h.Status.Audit.Length;

        var decided = h.Engine.DecideHold(sysmod, bypass, new OperatorAction("bob", reason), h.Now);

        Assert.False(decided.Accepted);
        Assert.Equal([error], decided.Errors);
        Assert.Equal(RolloutState.Waiting, decided.State);
        Assert.Empty(h.Advance());
        Assert.Equal(audit, h.Status.Audit.Length);
    }

    [Fact]
    public void HoldDecision_OperandsTheBypassBinderRejects_AreRefusedWithItsMessage()
    {
        var h = HeldOnTwoLpars();

        var decided = h.Engine.DecideHold("UJ00003", "HOLDERROR(AA00002) NOSUCH", new OperatorAction("bob", "checked"), h.Now);

        Assert.False(decided.Accepted);
        Assert.StartsWith("BYPASS(HOLDERROR(AA00002) NOSUCH): ", Assert.Single(decided.Errors), StringComparison.Ordinal);
        Assert.Contains("NOSUCH", decided.Errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public void HoldDecision_AfterTheRolloutEnded_IsRefused()
    {
        var h = HeldOnTwoLpars();
        Assert.True(h.Engine.Abort(new OperatorAction("alice"), h.Now).Accepted);

        var decided = h.Engine.DecideHold("UJ00003", "HOLDERROR(AA00002)", new OperatorAction("bob", "checked"), h.Now);

        Assert.Equal(["rollout R1 is ABORTED; there is no hold left to decide"], decided.Errors);
    }

    [Fact]
    public void Waves_ApproveWaves_TheWaveAfterADoneBakedHealthyWaveIsAwaitingApprovalAndOnlyItCanBeApproved()
    {
        var plan = Plan(FleetOf(Lpar("SYS001"), Lpar("SYS002", "PLEXB"), Lpar("SYS003", "PLEXC")), s_sysmods, Request("UJ00001", "SYS001,SYS002,SYS003", "SYS001;SYS002;SYS003") with { ApproveWaves = true, Bake = TimeSpan.FromHours(1) });
        var h = EngineHarness.Started(plan);

        Assert.Equal(["wave 2 is PENDING, not waiting for approval: the LPARs of wave 1 are not done yet"], h.Engine.Approve(2, new OperatorAction("bob"), h.Now).Errors);
        Assert.Equal(["wave 3 is PENDING, not waiting for approval: wave 1 is not done yet"], h.Engine.Approve(3, new OperatorAction("bob"), h.Now).Errors);

        h.Complete(Tgt1, ZoneStepKind.Receive, ZoneSysmodOutcome.Received);
        h.Complete(Tgt1, ZoneStepKind.ApplyCheck, ZoneSysmodOutcome.Applied);
        h.Complete(Tgt1, ZoneStepKind.Apply, ZoneSysmodOutcome.Applied);
        Assert.Equal([WaveState.Waiting, WaveState.Pending, WaveState.Pending], h.Status.Waves.Select(w => w.State));
        Assert.Equal(["wave 2 is PENDING, not waiting for approval: wave 1 bakes until 2026-12-06T02:00:00Z"], h.Engine.Approve(2, new OperatorAction("bob"), h.Now).Errors);

        h.Now = h.Now.AddHours(1);
        h.Advance();
        Assert.Equal(["wave 2 is PENDING, not waiting for approval: the LPARs of wave 1 have not answered the health check yet"], h.Engine.Approve(2, new OperatorAction("bob"), h.Now).Errors);
        h.Engine.OnHealth(1, [], h.Now);
        h.Advance();

        Assert.Equal([WaveState.Completed, WaveState.AwaitingApproval, WaveState.Pending], h.Status.Waves.Select(w => w.State));
        Assert.Contains("waiting for approval of wave 2: imu rollout approve R1 --wave 2", h.Status.Reasons);
        Assert.True(h.Engine.Approve(2, new OperatorAction("bob", "wave 1 clean"), h.Now).Accepted);
        h.Advance();
        Assert.Equal([WaveState.Completed, WaveState.Running, WaveState.Pending], h.Status.Waves.Select(w => w.State));
    }

    [Fact]
    public void Waves_ApproveWaves_TheJsonStateOfAWaveAwaitingApprovalIsAwaitingApproval()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(new WaveProgress(2, WaveState.AwaitingApproval, ["SYS002"]), ContractJson.Options);

        using var document = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal("AWAITING_APPROVAL", document.RootElement.GetProperty("state").GetString());
    }
}
