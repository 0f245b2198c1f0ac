using IMU.Smpe.Commands;
using IMU.Smpe.Zones;

namespace IMU.Smpe.Tests.Commands;

public sealed class AcceptTests
{
    [Fact]
    public void Accept_AppliedSysmod_RecordsElementsInDlibZone()
    {
        using var csi = new TestCsi();
        csi.InstallBase();

        var result = csi.Accept("HBB77D0");

        Assert.Equal(ReturnCodes.Ok, result.ReturnCode);
        Assert.Equal(SysmodStatus.Accepted, result.StatusOf("HBB77D0"));
        Assert.Equal(SysmodEntryStatus.Accepted, csi.Sysmod("HBB77D0", TestCsi.Dlib).Status);
        Assert.Equal("HBB77D0", csi.Element("MOD", "MODA", TestCsi.Dlib).Rmid);
    }

    [Fact]
    public void Accept_NotAppliedInTargetZone_FailsUnlessBypassApplyCheck()
    {
        using var csi = new TestCsi();
        csi.Receive(TestCsi.BaseFunction);

        var refused = csi.Accept("HBB77D0");
        var bypassed = csi.Csi.Accept(TestCsi.Dlib, new ApplyOptions { Select = ["HBB77D0"], Bypass = new BypassOptions { ApplyCheck = true } });

        Assert.Equal(SysmodStatus.Failed, refused.StatusOf("HBB77D0"));
        Assert.Equal(SysmodStatus.Accepted, bypassed.StatusOf("HBB77D0"));
        Assert.Empty(csi.Csi.ListSysmods(TestCsi.Target));
    }

    [Fact]
    public void Accept_All_AcceptsOnlyWhatIsApplied()
    {
        using var csi = new TestCsi();
        csi.InstallBase();
        csi.Receive("""
            ++PTF(UZ00001).
            ++VER(Z038) FMID(HBB77D0).
            ++MOD(MODA) DISTLIB(AOS12).
            """);

        var result = csi.Csi.Accept(TestCsi.Dlib, new ApplyOptions { All = true });

        Assert.Equal("HBB77D0", Assert.Single(result.Sysmods).Id);
    }

    [Fact]
    public void MassMode_AlreadyAcceptedSysmod_IsNotACandidate()
    {
        using var csi = new TestCsi();
        csi.InstallBase();
        csi.Accept("HBB77D0");
        csi.Receive("""
            ++PTF(UZ00001).
            ++VER(Z038) FMID(HBB77D0).
            ++MOD(MODA) DISTLIB(AOS12).
            """);
        csi.Apply("UZ00001");

        var result = csi.Csi.Accept(TestCsi.Dlib, new ApplyOptions { All = true });

        Assert.Equal(ReturnCodes.Ok, result.ReturnCode);
        Assert.Equal(["UZ00001"], result.Sysmods.Select(s => s.Id));
        Assert.Equal(SysmodStatus.Accepted, result.StatusOf("UZ00001"));
    }

    [Fact]
    public void SelectMode_AlreadyAcceptedSysmod_IsReportedAlreadyInstalled()
    {
        using var csi = new TestCsi();
        csi.InstallBase();
        csi.Accept("HBB77D0");

        var result = csi.Accept("HBB77D0");

        Assert.Equal(SysmodStatus.AlreadyInstalled, result.StatusOf("HBB77D0"));
        Assert.Equal(ReturnCodes.Ok, result.ReturnCode);
    }

    [Fact]
    public void Accept_IntoTargetZone_IsSevere()
    {
        using var csi = new TestCsi();
        csi.InstallBase();

        Assert.Equal(ReturnCodes.Severe, csi.Csi.Accept(TestCsi.Target, new ApplyOptions { Select = ["HBB77D0"] }).ReturnCode);
    }
}
