using IMU.Grains.Rollouts;
using IMU.Smpe.Commands;
using static IMU.Grains.Tests.Rollouts.RolloutFixture;

namespace IMU.Grains.Tests.Rollouts;

public sealed class HoldDecisionsTests
{
    private static BypassOptions Bypass(string text)
    {
        var read = BypassOperands.Read(text);
        Assert.Empty(read.Errors);
        return read.Options;
    }

    [Theory]
    [InlineData("IPL")]
    [InlineData("MULTSYS")]
    public void HoldSystem_WhoseActionTheOrchestratorPerforms_IsResolvedByTheOrchestrator(string reason)
    {
        var decision = HoldDecisions.Decide("UJ00002", Hold("SYSTEM", reason), BypassOptions.None, "alice");

        Assert.Equal(HoldResolution.Orchestrator, decision.Resolution);
        Assert.Equal("orchestrator", decision.By);
    }

    [Theory]
    [InlineData("SYSTEM", "ACTION")]
    [InlineData("SYSTEM", "DOC")]
    [InlineData("SYSTEM", "DB2BIND")]
    [InlineData("ERROR", "AA00002")]
    [InlineData("USER", "TESTING")]
    [InlineData("FIXCAT", "AH47422")]
    public void Hold_WithoutBypass_IsUnresolved(string category, string reason)
    {
        var decision = HoldDecisions.Decide("UJ00002", Hold(category, reason), BypassOptions.None, "alice");

        Assert.Equal(HoldResolution.Unresolved, decision.Resolution);
        Assert.Null(decision.By);
        Assert.Null(decision.ToStatus().ResolvedBy);
    }

    [Theory]
    [InlineData("ERROR", "AA00002", "HOLDERROR(AA00002)")]
    [InlineData("ERROR", "AA00002", "HOLDERR")]
    [InlineData("SYSTEM", "ACTION", "HOLDSYSTEM(ACTION(UJ00002))")]
    [InlineData("USER", "TESTING", "HOLDUSER(TESTING)")]
    [InlineData("FIXCAT", "AH47422", "HOLDFIXCAT")]
    public void Hold_CoveredByBypassOperands_IsBypassedByTheUserWhoGaveThem(string category, string reason, string bypass)
    {
        var decision = HoldDecisions.Decide("UJ00002", Hold(category, reason), Bypass(bypass), "alice");

        Assert.Equal(HoldResolution.Bypass, decision.Resolution);
        Assert.Equal("alice", decision.ToStatus().ResolvedBy);
    }

    [Fact]
    public void Hold_BypassNarrowedToAnotherSysmod_StaysUnresolved()
    {
        var decision = HoldDecisions.Decide("UJ00002", Hold("SYSTEM", "ACTION"), Bypass("HOLDSYSTEM(ACTION(UJ00009))"), "alice");

        Assert.Equal(HoldResolution.Unresolved, decision.Resolution);
    }

    [Fact]
    public void HoldClass_MatchingHoldClassBypass_IsBypassed()
    {
        var decision = HoldDecisions.Decide("UJ00002", Hold("ERROR", "AA00002", "PE", "HIPER"), Bypass("HOLDCLASS(HIPER)"), "alice");

        Assert.Equal(HoldResolution.Bypass, decision.Resolution);
    }

    [Fact]
    public void BypassOperands_OrchestratorReasonsMergeIntoTheUsersHoldSystem()
    {
        var operands = BypassWriter.Write(Bypass("HOLDSYSTEM(ACTION(UJ00003)) HOLDERROR(AA00002) HOLDCLASS(ERREL) ID"), [("SYSTEM", "IPL", "UJ00002"), ("SYSTEM", "MULTSYS", "UJ00004"), ("SYSTEM", "IPL", "UJ00005")]);

        Assert.Equal(["HOLDSYSTEM(ACTION(UJ00003),IPL(UJ00002,UJ00005),MULTSYS(UJ00004))", "HOLDERROR(AA00002)", "HOLDCLASS(ERREL)", "ID"], operands);
    }

    [Fact]
    public void BypassOperands_WithoutUserBypass_NameOnlyTheSysmodsTheOrchestratorResolves()
    {
        Assert.Equal(["HOLDSYSTEM(IPL(UJ00002))"], BypassWriter.Write(BypassOptions.None, [("SYSTEM", "IPL", "UJ00002")]));
        Assert.Empty(BypassWriter.Write(BypassOptions.None, []));
        Assert.Equal(["HOLDSYSTEM"], BypassWriter.Write(Bypass("HOLDSYS"), [("SYSTEM", "IPL", "UJ00002")]));
    }

    [Fact]
    public void BypassOperands_HoldDecisions_AreNarrowedToTheirSysmodUnderTheirOwnKeyword()
    {
        var operands = BypassWriter.Write(
            Bypass("HOLDERROR(AA00009(UJ00007))"),
            [("ERROR", "AA00002", "UJ00003"), ("USER", "DOCREVIEW", "UJ00003"), ("SYSTEM", "IPL", "UJ00002"), ("ERROR", "AA00009", "UJ00003")]);

        Assert.Equal(["HOLDSYSTEM(IPL(UJ00002))", "HOLDERROR(AA00009(UJ00007,UJ00003),AA00002(UJ00003))", "HOLDUSER(DOCREVIEW(UJ00003))"], operands);
    }
}
