using IMU.Smpe.Commands;
using IMU.Smpe.Zones;

namespace IMU.Smpe.Tests.Commands;

public sealed class ApplyTests
{
    [Fact]
    public void Apply_Function_RecordsNewElementsWithFmidAndRmid()
    {
        using var csi = new TestCsi();
        csi.Receive(TestCsi.BaseFunction);

        var result = csi.Apply("HBB77D0");

        Assert.Equal(ReturnCodes.Ok, result.ReturnCode);
        Assert.Equal(SysmodStatus.Applied, result.StatusOf("HBB77D0"));
        var moda = csi.Element("MOD", "MODA");
        Assert.Equal(("HBB77D0", "HBB77D0"), (moda.Fmid, moda.Rmid));
        Assert.Empty(moda.Umids);
        Assert.Equal(["LMODA"], moda.Lmods);
        Assert.Equal(3, result.Elements.Count);
        Assert.Equal(SysmodEntryStatus.Applied, csi.Sysmod("HBB77D0").Status);
    }

    [Fact]
    public void Ver_SrelDoesNotMatchZone_IsNotApplicable()
    {
        using var csi = new TestCsi();
        csi.Csi.AddZone("CICSTGT", ZoneType.Target, srel: "C150");
        csi.Receive(TestCsi.BaseFunction);

        var result = csi.Csi.Apply("CICSTGT", new ApplyOptions { Select = ["HBB77D0"] });

        Assert.Equal(SysmodStatus.NotApplicable, result.StatusOf("HBB77D0"));
        Assert.Equal(ReturnCodes.Warning, result.ReturnCode);
    }

    [Fact]
    public void Ver_FmidNotInstalled_IsNotApplicable()
    {
        using var csi = new TestCsi();
        csi.Receive(TestCsi.BaseFunction + "\n" + """
            ++PTF(UZ00001).
            ++VER(Z038) FMID(HBB77D0).
            ++MOD(MODA) DISTLIB(AOS12).
            """);

        var result = csi.Apply("UZ00001");

        Assert.Equal(SysmodStatus.NotApplicable, result.StatusOf("UZ00001"));
        Assert.Empty(csi.Csi.ListElements(TestCsi.Target));
    }

    [Fact]
    public void Ver_TwoMatchingVers_IsAmbiguousAndFails()
    {
        using var csi = new TestCsi();
        csi.InstallBase();
        csi.Receive("""
            ++PTF(UZ00001).
            ++VER(Z038) FMID(HBB77D0).
            ++VER(Z038) FMID(HBB77D0) PRE(UZ99999).
            ++MOD(MODA) DISTLIB(AOS12).
            """);

        var result = csi.Apply("UZ00001");

        Assert.Equal(SysmodStatus.Failed, result.StatusOf("UZ00001"));
        Assert.Equal(ReturnCodes.Error, result.ReturnCode);
    }

    [Fact]
    public void Ver_FmidInstalledInSameCommand_IsApplied()
    {
        using var csi = new TestCsi();
        csi.Receive(TestCsi.BaseFunction + "\n" + """
            ++PTF(UZ00001).
            ++VER(Z038) FMID(HBB77D0).
            ++MOD(MODA) DISTLIB(AOS12).
            """);

        var result = csi.Apply("UZ00001", "HBB77D0");

        Assert.Equal(ReturnCodes.Ok, result.ReturnCode);
        Assert.Equal(SysmodStatus.Applied, result.StatusOf("UZ00001"));
        Assert.Equal("UZ00001", csi.Element("MOD", "MODA").Rmid);
    }

    [Fact]
    public void Pre_Missing_Fails()
    {
        using var csi = new TestCsi();
        csi.InstallBase();
        csi.Receive("""
            ++PTF(UZ00002).
            ++VER(Z038) FMID(HBB77D0) PRE(UZ00001).
            ++MOD(MODB) DISTLIB(AOS12).
            """);

        var result = csi.Apply("UZ00002");

        Assert.Equal(SysmodStatus.Failed, result.StatusOf("UZ00002"));
        Assert.True(result.For("UZ00002").Mentions("PRE UZ00001"));
        Assert.Equal(ReturnCodes.Error, result.ReturnCode);
        Assert.Equal("HBB77D0", csi.Element("MOD", "MODB").Rmid);
    }

    [Fact]
    public void Pre_SatisfiedBySuperseder_IsApplied()
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
        Assert.Equal(ReturnCodes.Ok, csi.Apply("UZ00003").ReturnCode);

        var result = csi.Apply("UZ00002");

        Assert.Equal(SysmodStatus.Applied, result.StatusOf("UZ00002"));
    }

    [Fact]
    public void Pre_InSameCommand_IsApplied()
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

        var result = csi.Apply("UZ00002", "UZ00001");

        Assert.Equal(ReturnCodes.Ok, result.ReturnCode);
        Assert.All(result.Sysmods, s => Assert.Equal(SysmodStatus.Applied, s.Status));
    }

    [Fact]
    public void Pre_BypassPre_IsAppliedWithWarning()
    {
        using var csi = new TestCsi();
        csi.InstallBase();
        csi.Receive("""
            ++PTF(UZ00002).
            ++VER(Z038) FMID(HBB77D0) PRE(UZ00001).
            ++MOD(MODB) DISTLIB(AOS12).
            """);

        var result = csi.Apply(new ApplyOptions { Select = ["UZ00002"], Bypass = new BypassOptions { Pre = true } });

        Assert.Equal(SysmodStatus.Applied, result.StatusOf("UZ00002"));
        Assert.Equal(ReturnCodes.Warning, result.ReturnCode);
    }

    [Fact]
    public void Req_Corequisites_AreAppliedTogether()
    {
        using var csi = new TestCsi();
        csi.InstallBase();
        csi.Receive("""
            ++PTF(UO12345).
            ++VER(Z038) FMID(HBB77D0) REQ(UO43210).
            ++MOD(MODA) DISTLIB(AOS12).
            ++PTF(UO43210).
            ++VER(Z038) FMID(HBB77D0) REQ(UO12345).
            ++MOD(MODB) DISTLIB(AOS12).
            """);

        var alone = csi.Apply(new ApplyOptions { Select = ["UO12345"], Check = true });
        var together = csi.Apply("UO12345", "UO43210");

        Assert.Equal(SysmodStatus.Failed, alone.StatusOf("UO12345"));
        Assert.Equal(ReturnCodes.Ok, together.ReturnCode);
        Assert.Equal(2, together.Sysmods.Count(s => s.Status == SysmodStatus.Applied));
    }

    [Fact]
    public void IfReq_IfFmidInstalled_RequiresTheSysmod()
    {
        using var csi = new TestCsi();
        csi.InstallBase();
        csi.Receive("""
            ++FUNCTION(JBB77D1).
            ++VER(Z038) FMID(HBB77D0).
            ++MOD(MODJ) DISTLIB(AOS12).
            ++PTF(UZ00002).
            ++VER(Z038) FMID(HBB77D0).
            ++IF FMID(JBB77D1) THEN REQ(UZ00003).
            ++MOD(MODB) DISTLIB(AOS12).
            """);
        csi.Apply("JBB77D1");

        var result = csi.Apply("UZ00002");

        Assert.Equal(SysmodStatus.Failed, result.StatusOf("UZ00002"));
        Assert.True(result.For("UZ00002").Mentions("IFREQ UZ00003"));
    }

    [Fact]
    public void IfReq_IfFmidNotInstalled_IsNotRequired()
    {
        using var csi = new TestCsi();
        csi.InstallBase();
        csi.Receive("""
            ++PTF(UZ00002).
            ++VER(Z038) FMID(HBB77D0).
            ++IF FMID(JBB77D1) THEN REQ(UZ00003).
            ++MOD(MODB) DISTLIB(AOS12).
            """);

        Assert.Equal(SysmodStatus.Applied, csi.Apply("UZ00002").StatusOf("UZ00002"));
    }

    [Fact]
    public void IfReq_FunctionNamedOnIfOfInstalledSysmod_RequiresTheIfReqSysmod()
    {
        using var csi = WithInstalledIfFor("JBB77D1");

        var alone = csi.Apply(new ApplyOptions { Select = ["JBB77D1"], Check = true });
        var together = csi.Apply("JBB77D1", "UZ00003");

        Assert.Equal(SysmodStatus.Failed, alone.StatusOf("JBB77D1"));
        Assert.True(alone.For("JBB77D1").Mentions("IFREQ UZ00003 OF JBB77D1 IS NOT INSTALLED: ++IF FMID(JBB77D1) OF INSTALLED UZ00002"));
        Assert.Equal(ReturnCodes.Error, alone.ReturnCode);
        Assert.Equal([SysmodStatus.Applied, SysmodStatus.Applied], [together.StatusOf("JBB77D1"), together.StatusOf("UZ00003")]);
    }

    [Fact]
    public void IfReq_FunctionNamedOnIfOfInstalledSysmod_BypassIfReqInstallsItWithAWarning()
    {
        using var csi = WithInstalledIfFor("JBB77D1");

        var result = csi.Apply(new ApplyOptions { Select = ["JBB77D1"], Bypass = new BypassOptions { IfReq = true } });

        Assert.Equal(SysmodStatus.Applied, result.StatusOf("JBB77D1"));
        Assert.Equal(ReturnCodes.Warning, result.ReturnCode);
    }

    [Fact]
    public void IfReq_FunctionNamedOnIfOfInstalledSysmod_GroupExtendAddsTheIfReqSysmod()
    {
        using var csi = WithInstalledIfFor("JBB77D1");

        var result = csi.Apply(new ApplyOptions { Select = ["JBB77D1"], GroupExtend = true });

        Assert.Equal(SysmodStatus.Applied, result.StatusOf("JBB77D1"));
        Assert.Equal(SysmodStatus.Applied, result.StatusOf("UZ00003"));
    }

    [Fact]
    public void IfReq_OtherFunctionInstalled_DoesNotRequireTheIfReqSysmod()
    {
        using var csi = WithInstalledIfFor("JBB77D9");

        Assert.Equal(SysmodStatus.Applied, csi.Apply("JBB77D1").StatusOf("JBB77D1"));
    }

    [Fact]
    public void Npre_NamedFunctionInstalled_Fails()
    {
        using var csi = new TestCsi();
        csi.InstallBase();
        csi.Receive("""
            ++FUNCTION(HXX1000).
            ++VER(Z038) NPRE(HBB77D0).
            ++MOD(MODX) DISTLIB(AOSX).
            """);

        var result = csi.Apply("HXX1000");

        Assert.Equal(SysmodStatus.Failed, result.StatusOf("HXX1000"));
        Assert.True(result.For("HXX1000").Mentions("NPRE HBB77D0"));
    }

    [Fact]
    public void Sup_SupersededSysmod_GetsSupByAndCountsAsPresent()
    {
        using var csi = new TestCsi();
        csi.InstallBase();
        csi.Receive("""
            ++PTF(UZ00003).
            ++VER(Z038) FMID(HBB77D0) SUP(UZ00001,AA12345).
            ++MOD(MODA) DISTLIB(AOS12).
            """);

        csi.Apply("UZ00003");

        var superseded = csi.Sysmod("UZ00001");
        Assert.Equal(SysmodEntryStatus.Superseded, superseded.Status);
        Assert.Equal(["UZ00003"], superseded.SupBy);
        Assert.Equal(["UZ00003"], csi.Sysmod("AA12345").SupBy);
    }

    [Fact]
    public void Sup_SupersededSelectedWithItsSuperseder_IsReportedSuperseded()
    {
        using var csi = new TestCsi();
        csi.InstallBase();
        csi.Receive("""
            ++PTF(UZ00001).
            ++VER(Z038) FMID(HBB77D0).
            ++MOD(MODA) DISTLIB(AOS12).
            ++PTF(UZ00003).
            ++VER(Z038) FMID(HBB77D0) SUP(UZ00001).
            ++MOD(MODA) DISTLIB(AOS12).
            """);

        var result = csi.Apply("UZ00001", "UZ00003");

        Assert.Equal(SysmodStatus.Superseded, result.StatusOf("UZ00001"));
        Assert.Equal(SysmodStatus.Applied, result.StatusOf("UZ00003"));
        Assert.Equal(ReturnCodes.Ok, result.ReturnCode);
        Assert.Equal("UZ00003", csi.Element("MOD", "MODA").Rmid);
    }

    [Fact]
    public void Sup_SupersededSelectedAfterSupersederInstalled_IsSuperseded()
    {
        using var csi = new TestCsi();
        csi.InstallBase();
        csi.Receive("""
            ++PTF(UZ00001).
            ++VER(Z038) FMID(HBB77D0).
            ++MOD(MODA) DISTLIB(AOS12).
            ++PTF(UZ00003).
            ++VER(Z038) FMID(HBB77D0) SUP(UZ00001).
            ++MOD(MODA) DISTLIB(AOS12).
            """);
        csi.Apply("UZ00003");

        Assert.Equal(SysmodStatus.Superseded, csi.Apply("UZ00001").StatusOf("UZ00001"));
    }

    [Fact]
    public void SelectMode_AlreadyAppliedSysmod_IsReportedAlreadyInstalled()
    {
        using var csi = new TestCsi();
        csi.InstallBase();

        var result = csi.Apply("HBB77D0");

        Assert.Equal(SysmodStatus.AlreadyInstalled, result.StatusOf("HBB77D0"));
        Assert.Equal(ReturnCodes.Ok, result.ReturnCode);
    }

    [Fact]
    public void MassMode_AlreadyAppliedSysmod_IsNotACandidate()
    {
        using var csi = new TestCsi();
        csi.InstallBase();
        csi.Receive("""
            ++PTF(UZ00001).
            ++VER(Z038) FMID(HBB77D0).
            ++MOD(MODA) DISTLIB(AOS12).
            """);

        var result = csi.Apply(new ApplyOptions { All = true });

        Assert.Equal(ReturnCodes.Ok, result.ReturnCode);
        Assert.Equal(["UZ00001"], result.Sysmods.Select(s => s.Id));
        Assert.Equal(SysmodStatus.Applied, result.StatusOf("UZ00001"));
    }

    [Fact]
    public void MassMode_SupersededSysmod_IsNotACandidate()
    {
        using var csi = new TestCsi();
        csi.InstallBase();
        csi.Receive("""
            ++PTF(UZ00001).
            ++VER(Z038) FMID(HBB77D0).
            ++MOD(MODA) DISTLIB(AOS12).
            ++PTF(UZ00002).
            ++VER(Z038) FMID(HBB77D0) SUP(UZ00001).
            ++MOD(MODA) DISTLIB(AOS12).
            """);
        csi.Apply("UZ00002");

        var result = csi.Apply(new ApplyOptions { All = true });

        Assert.Equal(ReturnCodes.Ok, result.ReturnCode);
        Assert.Empty(result.Sysmods);
        Assert.Equal(SysmodStatus.Superseded, csi.Apply("UZ00001").StatusOf("UZ00001"));
    }

    [Fact]
    public void Apply_NotReceived_Fails()
    {
        using var csi = new TestCsi();

        var result = csi.Apply("UZ99999");

        Assert.Equal(SysmodStatus.Failed, result.StatusOf("UZ99999"));
        Assert.Equal(ReturnCodes.Error, result.ReturnCode);
    }

    [Fact]
    public void Apply_UnknownZone_IsSevere()
    {
        using var csi = new TestCsi();
        csi.Receive(TestCsi.BaseFunction);

        var result = csi.Csi.Apply("NOSUCH", new ApplyOptions { Select = ["HBB77D0"] });

        Assert.Equal(ReturnCodes.Severe, result.ReturnCode);
        Assert.Empty(result.Sysmods);
        Assert.Contains("NOSUCH", Assert.Single(result.Messages), StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_All_InstallsEveryApplicableReceivedSysmod()
    {
        using var csi = new TestCsi();
        csi.Receive(TestCsi.BaseFunction + "\n" + """
            ++PTF(UZ00001).
            ++VER(Z038) FMID(HBB77D0).
            ++MOD(MODA) DISTLIB(AOS12).
            ++PTF(UZ00009).
            ++VER(Z038) FMID(HZZ0000).
            ++MOD(MODZ) DISTLIB(AOS12).
            """);

        var result = csi.Apply(new ApplyOptions { All = true });

        Assert.Equal(ReturnCodes.Ok, result.ReturnCode);
        Assert.Equal(["HBB77D0", "UZ00001"], result.Sysmods.Select(s => s.Id).Order());
    }

    [Fact]
    public void Check_WritesNothing()
    {
        using var csi = new TestCsi();
        csi.Receive(TestCsi.BaseFunction);
        csi.Reopen();
        var before = File.ReadAllBytes(csi.FilePath);

        var result = csi.Apply(new ApplyOptions { Select = ["HBB77D0"], Check = true });
        csi.Reopen();

        Assert.True(result.Check);
        Assert.Equal(SysmodStatus.Applied, result.StatusOf("HBB77D0"));
        Assert.Equal(3, result.Elements.Count);
        Assert.Empty(csi.Csi.ListSysmods(TestCsi.Target));
        Assert.Empty(csi.Csi.ListElements(TestCsi.Target));
        Assert.Equal(before, File.ReadAllBytes(csi.FilePath));
    }

    /// <summary>
    /// UZ00002 (service for HBB77D0, <c>++IF FMID(<paramref name="ifFmid"/>) REQ(UZ00003)</c>) is applied
    /// while that function is not; function JBB77D1 and its PTF UZ00003 are received.
    /// </summary>
    private static TestCsi WithInstalledIfFor(string ifFmid)
    {
        var csi = new TestCsi();
        csi.InstallBase();
        csi.Receive($"""
            ++PTF(UZ00002).
            ++VER(Z038) FMID(HBB77D0).
            ++IF FMID({ifFmid}) THEN REQ(UZ00003).
            ++MOD(MODB) DISTLIB(AOS12).
            ++FUNCTION(JBB77D1).
            ++VER(Z038) FMID(HBB77D0).
            ++MOD(MODJ) DISTLIB(AOS12).
            ++PTF(UZ00003).
            ++VER(Z038) FMID(JBB77D1).
            ++MOD(MODJ) DISTLIB(AOS12).
            """);
        Assert.Equal(SysmodStatus.Applied, csi.Apply("UZ00002").StatusOf("UZ00002"));
        return csi;
    }
}
