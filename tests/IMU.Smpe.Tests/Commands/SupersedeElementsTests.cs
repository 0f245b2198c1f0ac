using IMU.Smpe.Commands;

namespace IMU.Smpe.Tests.Commands;

/// <summary>GIM32501E: a superseding SYSMOD and its requisites must contain every element of a superseded SYSMOD that is not installed.</summary>
public sealed class SupersedeElementsTests
{
    private const string Superseded = """
        ++PTF(UZ00001).
        ++VER(Z038) FMID(HBB77D0).
        ++MOD(MODA) DISTLIB(AOS12).
        ++MOD(MODB) DISTLIB(AOS12).
        """;

    [Fact]
    public void Supersede_ElementOfANotInstalledSysmodMissing_FailsWithGim32501E()
    {
        using var csi = new TestCsi();
        csi.InstallBase();
        csi.Receive(Superseded + "\n" + """
            ++PTF(UZ00002).
            ++VER(Z038) FMID(HBB77D0) SUP(UZ00001).
            ++MOD(MODA) DISTLIB(AOS12).
            """);

        var result = csi.Apply("UZ00002");

        Assert.Equal(SysmodStatus.Failed, result.StatusOf("UZ00002"));
        Assert.True(result.For("UZ00002").Mentions("GIM32501E UZ00002 SUPERSEDES UZ00001"));
        Assert.True(result.For("UZ00002").Mentions("MOD MODB"));
    }

    [Fact]
    public void Supersede_ElementContainedInARequisite_IsApplied()
    {
        using var csi = new TestCsi();
        csi.InstallBase();
        csi.Receive(Superseded + "\n" + """
            ++PTF(UZ00002).
            ++VER(Z038) FMID(HBB77D0) SUP(UZ00001) REQ(UZ00003).
            ++MOD(MODA) DISTLIB(AOS12).
            ++PTF(UZ00003).
            ++VER(Z038) FMID(HBB77D0) REQ(UZ00002).
            ++MOD(MODB) DISTLIB(AOS12).
            """);

        var result = csi.Apply("UZ00002", "UZ00003");

        Assert.Equal(SysmodStatus.Applied, result.StatusOf("UZ00002"));
    }

    [Fact]
    public void Supersede_SupersededSysmodAlreadyInstalled_IsApplied()
    {
        using var csi = new TestCsi();
        csi.InstallBase();
        csi.Receive(Superseded + "\n" + """
            ++PTF(UZ00002).
            ++VER(Z038) FMID(HBB77D0) SUP(UZ00001).
            ++MOD(MODA) DISTLIB(AOS12).
            """);
        csi.Apply("UZ00001");

        Assert.Equal(SysmodStatus.Applied, csi.Apply("UZ00002").StatusOf("UZ00002"));
    }
}
