using IMU.Smpe.Commands;

namespace IMU.Smpe.Tests.Selection;

public sealed class ElementSelectorTests
{
    private const string ReplaceModa = """
        ++PTF(UZ00001).
        ++VER(Z038) FMID(HBB77D0).
        ++MOD(MODA) DISTLIB(AOS12) LMOD(LMODA).
        """;

    private static TestCsi WithModaReplaced()
    {
        var csi = new TestCsi();
        csi.InstallBase();
        csi.Receive(ReplaceModa);
        Assert.Equal(ReturnCodes.Ok, csi.Apply("UZ00001").ReturnCode);
        return csi;
    }

    [Fact]
    public void Replacement_SameFmid_SetsRmidAndClearsUmids()
    {
        using var csi = WithModaReplaced();
        csi.Receive("""
            ++PTF(UZ00002).
            ++VER(Z038) FMID(HBB77D0) PRE(UZ00001).
            ++ZAP(MODA) DISTLIB(AOS12).
            ++PTF(UZ00003).
            ++VER(Z038) FMID(HBB77D0) SUP(UZ00001,UZ00002).
            ++MOD(MODA) DISTLIB(AOS12).
            """);
        csi.Apply("UZ00002");
        Assert.Equal(["UZ00002"], csi.Element("MOD", "MODA").Umids);

        csi.Apply("UZ00003");

        var moda = csi.Element("MOD", "MODA");
        Assert.Equal(("HBB77D0", "UZ00003"), (moda.Fmid, moda.Rmid));
        Assert.Empty(moda.Umids);
    }

    [Fact]
    public void Update_AddsUmid_KeepsRmid()
    {
        using var csi = WithModaReplaced();
        csi.Receive("""
            ++PTF(UZ00002).
            ++VER(Z038) FMID(HBB77D0) PRE(UZ00001).
            ++ZAP(MODA) DISTLIB(AOS12).
            """);

        var result = csi.Apply("UZ00002");

        var moda = csi.Element("MOD", "MODA");
        Assert.Equal(ReturnCodes.Ok, result.ReturnCode);
        Assert.Equal("UZ00001", moda.Rmid);
        Assert.Equal(["UZ00002"], moda.Umids);
    }

    [Fact]
    public void ModidCheck_ReplacementNotCoveringRmid_FailsUnlessBypassId()
    {
        using var csi = WithModaReplaced();
        csi.Receive("""
            ++PTF(UZ00002).
            ++VER(Z038) FMID(HBB77D0).
            ++MOD(MODA) DISTLIB(AOS12).
            """);

        var failed = csi.Apply("UZ00002");
        var bypassed = csi.Apply(new ApplyOptions { Select = ["UZ00002"], Bypass = new BypassOptions { Id = true } });

        Assert.Equal(SysmodStatus.Failed, failed.StatusOf("UZ00002"));
        Assert.True(failed.For("UZ00002").Mentions("UZ00001"));
        Assert.Equal(SysmodStatus.Applied, bypassed.StatusOf("UZ00002"));
        Assert.Equal(ReturnCodes.Warning, bypassed.ReturnCode);
        var moda = csi.Element("MOD", "MODA");
        Assert.Equal("UZ00002", moda.Rmid);
        Assert.True(moda.Bypass);
    }

    [Fact]
    public void ModidCheck_ReplacementNotCoveringUmid_Fails()
    {
        using var csi = WithModaReplaced();
        csi.Receive("""
            ++USERMOD(ZUM0001).
            ++VER(Z038) FMID(HBB77D0) PRE(UZ00001).
            ++ZAP(MODA) DISTLIB(AOS12).
            ++PTF(UZ00003).
            ++VER(Z038) FMID(HBB77D0) SUP(UZ00001).
            ++MOD(MODA) DISTLIB(AOS12).
            """);
        csi.Apply("ZUM0001");

        var result = csi.Apply("UZ00003");

        Assert.Equal(SysmodStatus.Failed, result.StatusOf("UZ00003"));
        Assert.True(result.For("UZ00003").Mentions("ZUM0001"));
        Assert.Equal(["ZUM0001"], csi.Element("MOD", "MODA").Umids);
    }

    [Fact]
    public void ModidCheck_UpdateNotCoveringRmid_Fails()
    {
        using var csi = WithModaReplaced();
        csi.Receive("""
            ++PTF(UZ00002).
            ++VER(Z038) FMID(HBB77D0).
            ++ZAP(MODA) DISTLIB(AOS12).
            """);

        Assert.Equal(SysmodStatus.Failed, csi.Apply("UZ00002").StatusOf("UZ00002"));
    }

    [Fact]
    public void ModidCheck_UpdateMissingUmid_IsAppliedWithWarning()
    {
        using var csi = WithModaReplaced();
        csi.Receive("""
            ++PTF(UZ00002).
            ++VER(Z038) FMID(HBB77D0) PRE(UZ00001).
            ++ZAP(MODA) DISTLIB(AOS12).
            ++PTF(UZ00004).
            ++VER(Z038) FMID(HBB77D0) PRE(UZ00001).
            ++ZAP(MODA) DISTLIB(AOS12).
            """);
        csi.Apply("UZ00002");

        var result = csi.Apply("UZ00004");

        Assert.Equal(SysmodStatus.Applied, result.StatusOf("UZ00004"));
        Assert.Equal(ReturnCodes.Warning, result.ReturnCode);
        Assert.True(result.For("UZ00004").Mentions("GIM38201W"));
        Assert.Equal(["UZ00002", "UZ00004"], csi.Element("MOD", "MODA").Umids);
    }

    [Fact]
    public void ModidCheck_RmidSupersededByPre_IsCovered()
    {
        using var csi = WithModaReplaced();
        csi.Receive("""
            ++PTF(UZ00003).
            ++VER(Z038) FMID(HBB77D0) SUP(UZ00001).
            ++MOD(MODB) DISTLIB(AOS12).
            ++PTF(UZ00004).
            ++VER(Z038) FMID(HBB77D0) PRE(UZ00003).
            ++MOD(MODA) DISTLIB(AOS12).
            """);
        csi.Apply("UZ00003");

        Assert.Equal(SysmodStatus.Applied, csi.Apply("UZ00004").StatusOf("UZ00004"));
    }

    [Fact]
    public void ElementSelection_FmidsDiffer_SkipsElement()
    {
        using var csi = new TestCsi();
        csi.InstallBase();
        csi.Receive("""
            ++FUNCTION(HXX1000).
            ++VER(Z038).
            ++MOD(MODX) DISTLIB(AOSX).
            ++PTF(UZ00009).
            ++VER(Z038) FMID(HXX1000).
            ++MOD(MODA) DISTLIB(AOS12).
            ++MOD(MODX) DISTLIB(AOSX).
            """);
        csi.Apply("HXX1000");

        var result = csi.Apply("UZ00009");

        Assert.Equal(SysmodStatus.Applied, result.StatusOf("UZ00009"));
        Assert.Equal(ReturnCodes.Warning, result.ReturnCode);
        Assert.True(result.For("UZ00009").Mentions("GIM45401W"));
        Assert.Equal(("HBB77D0", "HBB77D0"), (csi.Element("MOD", "MODA").Fmid, csi.Element("MOD", "MODA").Rmid));
        Assert.Equal("UZ00009", csi.Element("MOD", "MODX").Rmid);
    }

    [Fact]
    public void ElementSelection_FunctionNamingOwnerInVersion_TakesOwnership()
    {
        using var csi = WithModaReplaced();
        csi.Receive("""
            ++FUNCTION(HBB77E0).
            ++VER(Z038) VERSION(HBB77D0).
            ++MOD(MODA) DISTLIB(AOS12).
            """);

        csi.Apply("HBB77E0");

        var moda = csi.Element("MOD", "MODA");
        Assert.Equal(("HBB77E0", "HBB77E0"), (moda.Fmid, moda.Rmid));
    }

    [Fact]
    public void FunctionReinstall_KeepsServicedElement()
    {
        using var csi = WithModaReplaced();

        var result = csi.Apply(new ApplyOptions { Select = ["HBB77D0"], Redo = true });

        Assert.Equal(SysmodStatus.Applied, result.StatusOf("HBB77D0"));
        Assert.Equal("UZ00001", csi.Element("MOD", "MODA").Rmid);
        Assert.Equal("HBB77D0", csi.Element("MOD", "MODB").Rmid);
    }

    [Fact]
    public void Update_OfElementNotInZone_Fails()
    {
        using var csi = new TestCsi();
        csi.InstallBase();
        csi.Receive("""
            ++PTF(UZ00002).
            ++VER(Z038) FMID(HBB77D0).
            ++ZAP(NOSUCH) DISTLIB(AOS12).
            """);

        Assert.Equal(SysmodStatus.Failed, csi.Apply("UZ00002").StatusOf("UZ00002"));
    }

    [Fact]
    public void SameCommand_UpdateIsInstalledAfterItsPrerequisiteReplacement()
    {
        using var csi = new TestCsi();
        csi.InstallBase();
        csi.Receive(ReplaceModa + "\n" + """
            ++PTF(UZ00002).
            ++VER(Z038) FMID(HBB77D0) PRE(UZ00001).
            ++ZAP(MODA) DISTLIB(AOS12).
            """);

        var result = csi.Apply("UZ00002", "UZ00001");

        Assert.Equal(ReturnCodes.Ok, result.ReturnCode);
        var moda = csi.Element("MOD", "MODA");
        Assert.Equal(("UZ00001", "UZ00002"), (moda.Rmid, Assert.Single(moda.Umids)));
    }

    [Fact]
    public void ModidError_FailsItsDependentsToo()
    {
        using var csi = WithModaReplaced();
        csi.Receive("""
            ++PTF(UZ00002).
            ++VER(Z038) FMID(HBB77D0).
            ++MOD(MODA) DISTLIB(AOS12).
            ++PTF(UZ00003).
            ++VER(Z038) FMID(HBB77D0) PRE(UZ00002).
            ++MOD(MODB) DISTLIB(AOS12).
            """);

        var result = csi.Apply("UZ00002", "UZ00003");

        Assert.Equal(SysmodStatus.Failed, result.StatusOf("UZ00002"));
        Assert.Equal(SysmodStatus.Failed, result.StatusOf("UZ00003"));
        Assert.Equal("HBB77D0", csi.Element("MOD", "MODB").Rmid);
    }
}
