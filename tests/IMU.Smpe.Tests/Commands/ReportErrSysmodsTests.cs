using IMU.Smpe.Commands;

namespace IMU.Smpe.Tests.Commands;

public sealed class ReportErrSysmodsTests
{
    private const string Ptfs = """
        ++PTF(UZ00001).
        ++VER(Z038) FMID(HBB77D0).
        ++MOD(MODA) DISTLIB(AOS12).
        ++PTF(UZ00005).
        ++VER(Z038) FMID(HBB77D0) SUP(AA12345).
        ++MOD(MODB) DISTLIB(AOS12).
        """;

    [Fact]
    public void ErrSysmods_InstalledSysmodHeldAfterwards_IsReportedWithResolvers()
    {
        using var csi = new TestCsi();
        csi.InstallBase();
        csi.Receive(Ptfs);
        csi.Apply("UZ00001");
        csi.Receive("", """
            ++HOLD(UZ00001) FMID(HBB77D0) REASON(AA12345) ERROR
              COMMENT(SMRTDATA(CHGDT(250503) FIX(UZ00007))).
            """);

        var entry = Assert.Single(csi.Csi.ReportErrSysmods(TestCsi.Target));

        Assert.Equal(("UZ00001", "AA12345"), (entry.Sysmod, entry.Reason));
        Assert.Equal([new ErrSysmodResolver("UZ00005", true), new ErrSysmodResolver("UZ00007", false)], entry.Resolvers);
        Assert.True(csi.Sysmod("UZ00001").Error);
    }

    [Fact]
    public void ErrSysmods_ReasonResolvedInZone_IsNotReported()
    {
        using var csi = new TestCsi();
        csi.InstallBase();
        csi.Receive(Ptfs);
        csi.Apply("UZ00001", "UZ00005");
        csi.Receive("", "++HOLD(UZ00001) FMID(HBB77D0) REASON(AA12345) ERROR.");

        Assert.Empty(csi.Csi.ReportErrSysmods(TestCsi.Target));
        Assert.False(csi.Sysmod("UZ00001").Error);
    }
}
