using IMU.Smpe.Commands;

namespace IMU.Smpe.Tests.Commands;

public sealed class ApplyGroupExtendTests
{
    private static CommandResult GroupExtend(TestCsi csi, BypassOptions? bypass = null, params string[] ids) =>
        csi.Apply(new ApplyOptions { Select = ids, GroupExtend = true, Bypass = bypass ?? BypassOptions.None });

    [Fact]
    public void GroupExtend_PullsMissingRequisite()
    {
        using var csi = new TestCsi();
        csi.InstallBase();
        csi.Receive("""
            ++PTF(UZ00001).
            ++VER(Z038) FMID(HBB77D0).
            ++MOD(MODA) DISTLIB(AOS12).
            ++PTF(UZ00002).
            ++VER(Z038) FMID(HBB77D0) PRE(UZ00001).
            ++MOD(MODB) DISTLIB(AOS12).
            """);

        var result = GroupExtend(csi, null, "UZ00002");

        Assert.Equal(ReturnCodes.Ok, result.ReturnCode);
        Assert.Equal(SysmodStatus.Applied, result.StatusOf("UZ00002"));
        Assert.Equal(SysmodStatus.Applied, result.StatusOf("UZ00001"));
        Assert.True(result.For("UZ00001").Mentions("GROUPEXTEND"));
    }

    [Fact]
    public void GroupExtend_PullsSupersedingSysmodForMissingRequisite()
    {
        using var csi = new TestCsi();
        csi.InstallBase();
        csi.Receive("""
            ++PTF(UZ00003).
            ++VER(Z038) FMID(HBB77D0) SUP(UZ00001).
            ++MOD(MODA) DISTLIB(AOS12).
            ++PTF(UZ00002).
            ++VER(Z038) FMID(HBB77D0) PRE(UZ00001).
            ++MOD(MODB) DISTLIB(AOS12).
            """);

        var result = GroupExtend(csi, null, "UZ00002");

        Assert.Equal(SysmodStatus.Applied, result.StatusOf("UZ00002"));
        Assert.Equal(SysmodStatus.Applied, result.StatusOf("UZ00003"));
        Assert.Equal(["UZ00003"], csi.Sysmod("UZ00001").SupBy);
    }

    [Fact]
    public void GroupExtend_RequisiteHeldForError_PullsItsSuperseder()
    {
        using var csi = new TestCsi();
        csi.InstallBase();
        csi.Receive(
            """
            ++PTF(UZ00001).
            ++VER(Z038) FMID(HBB77D0).
            ++MOD(MODA) DISTLIB(AOS12).
            ++PTF(UZ00003).
            ++VER(Z038) FMID(HBB77D0) SUP(UZ00001,AA12345).
            ++MOD(MODA) DISTLIB(AOS12).
            ++PTF(UZ00002).
            ++VER(Z038) FMID(HBB77D0) PRE(UZ00001).
            ++MOD(MODB) DISTLIB(AOS12).
            """,
            "++HOLD(UZ00001) FMID(HBB77D0) REASON(AA12345) ERROR.");

        var result = GroupExtend(csi, null, "UZ00002", "UZ00001");

        Assert.Equal(ReturnCodes.Ok, result.ReturnCode);
        Assert.Equal(SysmodStatus.Superseded, result.StatusOf("UZ00001"));
        Assert.Equal(SysmodStatus.Applied, result.StatusOf("UZ00003"));
        Assert.Equal(SysmodStatus.Applied, result.StatusOf("UZ00002"));
    }

    [Fact]
    public void GroupExtend_PullsErrorHoldResolver()
    {
        using var csi = new TestCsi();
        csi.InstallBase();
        csi.Receive(
            """
            ++PTF(UZ00001).
            ++VER(Z038) FMID(HBB77D0).
            ++MOD(MODA) DISTLIB(AOS12).
            ++PTF(UZ00005).
            ++VER(Z038) FMID(HBB77D0) SUP(AA12345).
            ++MOD(MODB) DISTLIB(AOS12).
            """,
            "++HOLD(UZ00001) FMID(HBB77D0) REASON(AA12345) ERROR.");

        var result = GroupExtend(csi, null, "UZ00001");

        Assert.Equal(SysmodStatus.Applied, result.StatusOf("UZ00001"));
        Assert.Equal(SysmodStatus.Applied, result.StatusOf("UZ00005"));
    }

    [Fact]
    public void GroupExtend_WithBypassedErrorHold_DoesNotFetchResolver()
    {
        using var csi = new TestCsi();
        csi.InstallBase();
        csi.Receive(
            """
            ++PTF(UZ00001).
            ++VER(Z038) FMID(HBB77D0).
            ++MOD(MODA) DISTLIB(AOS12).
            ++PTF(UZ00005).
            ++VER(Z038) FMID(HBB77D0) SUP(AA12345).
            ++MOD(MODB) DISTLIB(AOS12).
            """,
            "++HOLD(UZ00001) FMID(HBB77D0) REASON(AA12345) ERROR.");

        var result = GroupExtend(csi, new BypassOptions { HoldError = new HoldBypass { All = true } }, "UZ00001");

        Assert.Equal(SysmodStatus.Applied, result.StatusOf("UZ00001"));
        Assert.DoesNotContain(result.Sysmods, s => s.Id == "UZ00005");
    }

    [Fact]
    public void GroupExtend_NothingProvidesRequisite_Fails()
    {
        using var csi = new TestCsi();
        csi.InstallBase();
        csi.Receive("""
            ++PTF(UZ00002).
            ++VER(Z038) FMID(HBB77D0) PRE(UZ00001).
            ++MOD(MODB) DISTLIB(AOS12).
            """);

        var result = GroupExtend(csi, null, "UZ00002");

        Assert.Equal(SysmodStatus.Failed, result.StatusOf("UZ00002"));
        Assert.Single(result.Sysmods);
    }

    [Theory]
    [InlineData("APAR", false, true)]
    [InlineData("APAR", true, false)]
    [InlineData("USERMOD", false, true)]
    [InlineData("USERMOD", true, false)]
    public void GroupExtend_NoAparsNoUsermods_KeepsThatTypeOut(string type, bool excluded, bool added)
    {
        using var csi = new TestCsi();
        csi.InstallBase();
        csi.Receive($"""
            ++PTF(UZ00001).
            ++VER(Z038) FMID(HBB77D0) REQ(ZZ00001).
            ++MOD(MODA) DISTLIB(AOS12).
            ++{type}(ZZ00001).
            ++VER(Z038) FMID(HBB77D0).
            ++MOD(MODB) DISTLIB(AOS12).
            """);

        var result = csi.Apply(new ApplyOptions
        {
            Select = ["UZ00001"],
            GroupExtend = true,
            GroupExtendNoApars = excluded && type == "APAR",
            GroupExtendNoUsermods = excluded && type == "USERMOD",
        });

        Assert.Equal(added, result.Sysmods.Any(s => s.Id == "ZZ00001"));
        Assert.Equal(added ? SysmodStatus.Applied : SysmodStatus.Failed, result.StatusOf("UZ00001"));
    }
}
