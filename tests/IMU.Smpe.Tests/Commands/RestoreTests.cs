using IMU.Smpe.Commands;
using IMU.Smpe.Zones;

namespace IMU.Smpe.Tests.Commands;

public sealed class RestoreTests
{
    private const string TwoPtfs = """
        ++PTF(UZ00001).
        ++VER(Z038) FMID(HBB77D0).
        ++MOD(MODA) DISTLIB(AOS12).
        ++MOD(MODN) DISTLIB(AOS12).
        ++PTF(UZ00002).
        ++VER(Z038) FMID(HBB77D0) PRE(UZ00001).
        ++ZAP(MODA) DISTLIB(AOS12).
        """;

    private static TestCsi WithBaseAccepted()
    {
        var csi = new TestCsi();
        csi.InstallBase();
        Assert.Equal(ReturnCodes.Ok, csi.Accept("HBB77D0").ReturnCode);
        csi.Receive(TwoPtfs);
        return csi;
    }

    private static CommandResult Restore(TestCsi csi, bool group = false, bool check = false, params string[] ids) =>
        csi.Csi.Restore(TestCsi.Target, new RestoreOptions { Select = ids, Group = group, Check = check });

    [Fact]
    public void Restore_AppliedSysmod_PutsElementsBackAtDlibLevel()
    {
        using var csi = WithBaseAccepted();
        csi.Apply("UZ00001");

        var result = Restore(csi, ids: "UZ00001");

        Assert.Equal(ReturnCodes.Ok, result.ReturnCode);
        Assert.Equal(SysmodStatus.Restored, result.StatusOf("UZ00001"));
        Assert.Equal("HBB77D0", csi.Element("MOD", "MODA").Rmid);
        Assert.DoesNotContain(csi.Csi.ListSysmods(TestCsi.Target), s => s.Id == "UZ00001");
    }

    [Fact]
    public void Restore_ElementNotInDlibZone_IsDeleted()
    {
        using var csi = WithBaseAccepted();
        csi.Apply("UZ00001");

        Restore(csi, ids: "UZ00001");

        Assert.DoesNotContain(csi.Csi.ListElements(TestCsi.Target), e => e.Name == "MODN");
    }

    [Fact]
    public void Restore_AcceptedSysmod_IsRefused()
    {
        using var csi = WithBaseAccepted();

        var result = Restore(csi, ids: "HBB77D0");

        Assert.Equal(SysmodStatus.Failed, result.StatusOf("HBB77D0"));
        Assert.Equal(ReturnCodes.Error, result.ReturnCode);
        Assert.Equal(SysmodEntryStatus.Applied, csi.Sysmod("HBB77D0").Status);
    }

    [Fact]
    public void Restore_OtherUnacceptedSysmodOnSameElement_IsRefused()
    {
        using var csi = WithBaseAccepted();
        csi.Apply("UZ00001", "UZ00002");

        var result = Restore(csi, ids: "UZ00001");

        Assert.Equal(SysmodStatus.Failed, result.StatusOf("UZ00001"));
        Assert.True(result.For("UZ00001").Mentions("UZ00002"));
        Assert.Equal(["UZ00002"], csi.Element("MOD", "MODA").Umids);
    }

    [Fact]
    public void Restore_Group_AddsOtherSysmodOnSameElement()
    {
        using var csi = WithBaseAccepted();
        csi.Apply("UZ00001", "UZ00002");

        var result = Restore(csi, group: true, ids: "UZ00001");

        Assert.Equal(ReturnCodes.Ok, result.ReturnCode);
        Assert.Equal(SysmodStatus.Restored, result.StatusOf("UZ00002"));
        var moda = csi.Element("MOD", "MODA");
        Assert.Equal("HBB77D0", moda.Rmid);
        Assert.Empty(moda.Umids);
    }

    [Fact]
    public void Restore_Superseder_TakesSupByAway()
    {
        using var csi = WithBaseAccepted();
        csi.Receive("""
            ++PTF(UZ00003).
            ++VER(Z038) FMID(HBB77D0) SUP(UZ00009).
            ++MOD(MODB) DISTLIB(AOS12).
            """);
        csi.Apply("UZ00003");

        Restore(csi, ids: "UZ00003");

        Assert.DoesNotContain(csi.Csi.ListSysmods(TestCsi.Target), s => s.Id == "UZ00009");
        Assert.Equal("HBB77D0", csi.Element("MOD", "MODB").Rmid);
    }

    private const string Superseder = """
        ++PTF(UZ00004).
        ++VER(Z038) FMID(HBB77D0) SUP(UZ00001).
        ++MOD(MODA) DISTLIB(AOS12).
        """;

    [Fact]
    public void Restore_SupersederWhileSupersededSysmodStillApplied_IsRefusedWithoutGroup()
    {
        using var csi = WithBaseAccepted();
        csi.Receive(Superseder);
        csi.Apply("UZ00001");
        csi.Apply("UZ00004");

        var result = Restore(csi, ids: "UZ00004");

        Assert.Equal(ReturnCodes.Error, result.ReturnCode);
        Assert.Equal(SysmodStatus.Failed, result.StatusOf("UZ00004"));
        Assert.True(result.For("UZ00004").Mentions("UZ00001"));
        Assert.Equal(["UZ00004"], csi.Sysmod("UZ00001").SupBy);
        Assert.Equal("UZ00004", csi.Element("MOD", "MODA").Rmid);
    }

    [Fact]
    public void Restore_Group_AddsSupersededAppliedSysmodOnSameElement()
    {
        using var csi = WithBaseAccepted();
        csi.Receive(Superseder);
        csi.Apply("UZ00001");
        csi.Apply("UZ00004");

        var result = Restore(csi, group: true, ids: "UZ00004");

        Assert.Equal(ReturnCodes.Ok, result.ReturnCode);
        Assert.Equal(SysmodStatus.Restored, result.StatusOf("UZ00004"));
        Assert.Equal(SysmodStatus.Restored, result.StatusOf("UZ00001"));
        Assert.DoesNotContain(csi.Csi.ListSysmods(TestCsi.Target), s => s.Id is "UZ00001" or "UZ00004");
        var moda = csi.Element("MOD", "MODA");
        Assert.Equal("HBB77D0", moda.Rmid);
        Assert.Empty(moda.Umids);
        Assert.DoesNotContain(csi.Csi.ListElements(TestCsi.Target), e => e.Name == "MODN");
    }

    [Fact]
    public void Restore_NotApplied_Fails()
    {
        using var csi = WithBaseAccepted();

        Assert.Equal(SysmodStatus.Failed, Restore(csi, ids: "UZ00001").StatusOf("UZ00001"));
    }

    [Fact]
    public void Restore_Check_WritesNothing()
    {
        using var csi = WithBaseAccepted();
        csi.Apply("UZ00001");

        var result = Restore(csi, check: true, ids: "UZ00001");

        Assert.Equal(SysmodStatus.Restored, result.StatusOf("UZ00001"));
        Assert.Equal("UZ00001", csi.Element("MOD", "MODA").Rmid);
    }
}
