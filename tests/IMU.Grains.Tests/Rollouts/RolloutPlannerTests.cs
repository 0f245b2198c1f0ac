using IMU.Grains.Models;
using IMU.Grains.Rollouts;
using static IMU.Grains.Tests.Rollouts.RolloutFixture;

namespace IMU.Grains.Tests.Rollouts;

public sealed class RolloutPlannerTests
{
    private static readonly FleetDefinition s_fleet = new(
        [Lpar("SYS001"), Lpar("SYS002"), Lpar("SYS003", "PLEXB"), Lpar("SYS004", "PLEXB"), Lpar("SYS005", "PLEXC")],
        [new GroupDefinition("CORE", ["SYS003", "SYS004"])]);

    private static readonly Dictionary<string, SysmodView> s_sysmods = Received(
        Sysmod("UJ00001"),
        Sysmod("UJ00004", SysmodActivation.None, Hold("SYSTEM", "MULTSYS")),
        Sysmod("UJ00003", SysmodActivation.None, Hold("ERROR", "AA00002", "PE")));

    private static IReadOnlyList<string> Refusals(RolloutRequest request)
    {
        var result = RolloutPlanner.Plan("R1", request, s_fleet, s_sysmods, Now);
        Assert.Null(result.Plan);
        return result.Errors;
    }

    [Fact]
    public void RolloutCreate_UnknownSysmod_IsRefusedNamingIt()
    {
        Assert.Equal(["SYSMOD UJ99999 is not received; receive it first with imu maintenance receive"], Refusals(Request("UJ00001,UJ99999", "SYS001")));
    }

    [Fact]
    public void RolloutCreate_SysmodKnownOnlyFromHoldData_IsRefusedAsNotReceived()
    {
        var sysmods = new Dictionary<string, SysmodView>(s_sysmods) { ["UJ00009"] = new SysmodView { Id = "UJ00009", Holds = [Hold("ERROR", "AA00009")] } };

        var result = RolloutPlanner.Plan("R1", Request("UJ00009", "SYS001"), s_fleet, sysmods, Now);

        Assert.Equal(["SYSMOD UJ00009 is not received; receive it first with imu maintenance receive"], result.Errors);
    }

    [Fact]
    public void RolloutCreate_UnknownLpar_IsRefusedNamingIt()
    {
        Assert.Equal(["LPAR SYS099 is not in the fleet; declare it with imu fleet apply"], Refusals(Request("UJ00001", "SYS001,SYS099")));
    }

    [Fact]
    public void RolloutCreate_WaveNamingAnLparNotInLpars_IsRefusedNamingIt()
    {
        Assert.Equal(["--waves: wave 2 names SYS005, which is not in --lpars"], Refusals(Request("UJ00001", "SYS001,SYS002", "SYS001;SYS002,SYS005")));
    }

    [Fact]
    public void RolloutCreate_WavesLeavingOutAnLpar_IsRefusedNamingIt()
    {
        Assert.Equal(["--waves: SYS002 is in --lpars but in no wave"], Refusals(Request("UJ00001", "SYS001,SYS002", "SYS001")));
    }

    [Fact]
    public void RolloutCreate_LparInTwoWaves_IsRefused()
    {
        Assert.Equal(["--waves: SYS001 is in wave 1 and again in wave 2"], Refusals(Request("UJ00001", "SYS001,SYS002", "SYS001;SYS001,SYS002")));
    }

    [Fact]
    public void MultsysGroup_PlanTargetingPartOfItsSysplex_IsRefusedNamingGroupAndMissingMembers()
    {
        Assert.Equal(
            ["SYSMOD UJ00004 has a SYSTEM MULTSYS hold and goes onto group PLEXA as one unit, but --lpars leaves out SYS002"],
            Refusals(Request("UJ00004", "SYS001,SYS005")));
    }

    [Fact]
    public void MultsysGroup_PlanTargetingPartOfADeclaredGroup_IsRefusedNamingGroupAndMissingMembers()
    {
        Assert.Equal(
            ["SYSMOD UJ00004 has a SYSTEM MULTSYS hold and goes onto group CORE as one unit, but --lpars leaves out SYS004"],
            Refusals(Request("UJ00004", "SYS003")));
    }

    [Fact]
    public void MultsysGroup_SplitAcrossWaves_IsRefusedNamingTheWaves()
    {
        Assert.Equal(
            ["SYSMOD UJ00004 has a SYSTEM MULTSYS hold, so group PLEXA must be in one wave, but --waves splits it: wave 1: SYS001; wave 2: SYS002"],
            Refusals(Request("UJ00004", "SYS001,SYS002", "SYS001;SYS002")));
    }

    [Fact]
    public void MultsysGroup_WholeGroupInOneWave_IsPlannedWithItsZones()
    {
        var plan = Plan(s_fleet, s_sysmods, Request("UJ00004,UJ00001", "SYS001,SYS002,SYS005", "SYS001,SYS002;SYS005"));

        Assert.Equal(
            [new PlannedGroup("PLEXA", "UJ00004", ["SYS001", "SYS002"], ["SYS001/TGT1", "SYS002/TGT1"]), new PlannedGroup("PLEXC", "UJ00004", ["SYS005"], ["SYS005/TGT1"])],
            plan.Groups.Select(g => g with { Members = g.Members, Zones = g.Zones }),
            new GroupComparer());
    }

    [Fact]
    public void Bypass_WithoutReason_IsRefused()
    {
        Assert.Equal(
            ["--bypass needs --reason: a bypass is a decision, recorded with who gave it and why"],
            Refusals(Request("UJ00003", "SYS001") with { Bypass = "HOLDERROR(AA00002)" }));
    }

    [Fact]
    public void Bypass_OperandsTheBinderRejects_AreRefusedWithTheBindersWords()
    {
        var errors = Refusals(Request("UJ00003", "SYS001") with { Bypass = "HOLDEROR(AA00002)", Reason = "PE fix tested" });

        Assert.Equal("--bypass 'HOLDEROR(AA00002)': BYPASS operand 'HOLDEROR' is not valid; valid operands are HOLDSYSTEM, HOLDSYS, HOLDERROR, HOLDERR, HOLDUSER, HOLDFIXCAT, HOLDCLASS, ID, PRE, REQ, IFREQ, APPLYCHECK", Assert.Single(errors));
    }

    [Fact]
    public void RolloutCreate_SeveralProblems_AreAllReportedAtOnce()
    {
        var errors = Refusals(Request("UJ00001,UJ00001,bad", "SYS001,SYS077") with { MaxParallel = 0, Reason = "why" });

        Assert.Equal(
            [
                "--sysmods names UJ00001 twice",
                "--sysmods: SYSMOD ID 'bad' must be 7 characters",
                "LPAR SYS077 is not in the fleet; declare it with imu fleet apply",
                "--max-parallel 0 must be at least 1",
                "--reason is given without --bypass; it explains a bypass",
            ],
            errors);
    }

    [Fact]
    public void RolloutCreate_BadName_IsRefused()
    {
        var result = RolloutPlanner.Plan("-x", Request("UJ00001", "SYS001"), s_fleet, s_sysmods, Now);

        Assert.Contains("rollout name '-x' must be 1 to 64 of A-Z", Assert.Single(result.Errors));
    }

    [Fact]
    public void SharedZone_LparsIplingFromOneZone_ShareOnePlannedZoneInTheEarliestWave()
    {
        var fleet = FleetOf(Lpar("SYS001"), Lpar("SYS002", zoneSystem: "SYS001"), Lpar("SYS003", zoneSystem: "SYS001"));

        var plan = Plan(fleet, s_sysmods, Request("UJ00001", "SYS001,SYS002", "SYS002;SYS001"));

        var zone = Assert.Single(plan.Zones);
        Assert.Equal("SYS001/TGT1", zone.ZoneKey);
        Assert.Equal(1, zone.Wave);
        Assert.Equal(["SYS002", "SYS001"], zone.Lpars);
        Assert.Equal(["SYS001", "SYS002", "SYS003"], zone.SharedWith);
    }

    private sealed class GroupComparer : IEqualityComparer<PlannedGroup>
    {
        public bool Equals(PlannedGroup? x, PlannedGroup? y) =>
            x!.Name == y!.Name && x.Sysmod == y.Sysmod && x.Members.SequenceEqual(y.Members) && x.Zones.SequenceEqual(y.Zones);

        public int GetHashCode(PlannedGroup obj) => obj.Name.GetHashCode(StringComparison.Ordinal);
    }
}
