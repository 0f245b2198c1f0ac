using IMU.Smpe.Commands;
using IMU.Smpe.Zones;

namespace IMU.Smpe.Tests.Commands;

/// <summary>FIXCAT interest lists, FIXCAT holds, REPORT MISSINGFIX and the SOURCEIDs RECEIVE derives from FIXCAT HOLDDATA.</summary>
public sealed class FixcatTests
{
    private const string HeldPtf = """
        ++PTF(UZ00001).
        ++VER(Z038) FMID(HBB77D0).
        ++MOD(MODA) DISTLIB(AOS12).
        """;

    private const string Resolver = """
        ++PTF(UZ00008).
        ++VER(Z038) FMID(HBB77D0).
        ++MOD(MODB) DISTLIB(AOS12).
        """;

    private const string CoexistenceHold = """
        ++HOLD(HBB77D0) FIXCAT FMID(HBB77D0) REASON(AH47422) RESOLVER(UZ00008)
          CATEGORY(IBM.Coexistence.z/OS.3.1) DATE(25123).
        """;

    [Fact]
    public void HoldFixcat_CategoryOutsideTheInterestList_DoesNotHold()
    {
        using var csi = new TestCsi();
        csi.InstallBase();
        csi.Csi.SetFixcatInterest(TestCsi.Target, ["IBM.Device.*"]);
        csi.Receive(HeldPtf, "++HOLD(UZ00001) FIXCAT FMID(HBB77D0) REASON(AH47422)\n  RESOLVER(UZ00008) CATEGORY(IBM.Function.Test).");

        var result = csi.Apply("UZ00001");

        Assert.Equal(SysmodStatus.Applied, result.StatusOf("UZ00001"));
        Assert.Empty(result.For("UZ00001").Holds);
    }

    [Fact]
    public void HoldFixcat_NoInterestListAnywhere_DoesNotHold()
    {
        using var csi = new TestCsi();
        csi.InstallBase();
        csi.Receive(HeldPtf, "++HOLD(UZ00001) FIXCAT FMID(HBB77D0) REASON(AH47422)\n  CATEGORY(IBM.Function.Test).");

        Assert.Equal(SysmodStatus.Applied, csi.Apply("UZ00001").StatusOf("UZ00001"));
    }

    [Fact]
    public void HoldFixcat_ZoneWithoutAListOfItsOwn_UsesTheGlobalZonesList()
    {
        using var csi = new TestCsi();
        csi.InstallBase();
        csi.Csi.SetFixcatInterest(Csi.GlobalZoneName, ["IBM.Function.Test"]);
        csi.Receive(HeldPtf, "++HOLD(UZ00001) FIXCAT FMID(HBB77D0) REASON(AH47422)\n  CATEGORY(IBM.Function.Test).");

        Assert.Equal(SysmodStatus.Held, csi.Apply("UZ00001").StatusOf("UZ00001"));
    }

    [Fact]
    public void SetFixcat_UnknownZoneOrNotACategory_IsRefused()
    {
        using var csi = new TestCsi();

        Assert.Throws<CsiException>(() => csi.Csi.SetFixcatInterest("NOSUCH", ["IBM.*"]));
        var bad = Assert.Throws<CsiException>(() => csi.Csi.SetFixcatInterest(TestCsi.Target, ["IBM Coexistence"]));
        Assert.StartsWith("IMU1004S", bad.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFix_AparOfAMatchingCategoryForAnInstalledFmid_IsReportedWithItsResolver()
    {
        using var csi = new TestCsi();
        csi.InstallBase();
        csi.Receive("", CoexistenceHold);

        var report = csi.Csi.ReportMissingFix([TestCsi.Target], ["IBM.Coexistence.z/OS.*"]);

        var entry = Assert.Single(report);
        Assert.Equal((TestCsi.Target, "IBM.Coexistence.z/OS.3.1", "AH47422"), (entry.Zone, entry.Fixcat, entry.Reason));
        Assert.Equal([new ErrSysmodResolver("UZ00008", Received: false)], entry.Resolvers);
    }

    [Fact]
    public void MissingFix_ResolverInstalled_IsNotReported()
    {
        using var csi = new TestCsi();
        csi.InstallBase();
        csi.Receive(Resolver, CoexistenceHold);

        var before = Assert.Single(csi.Csi.ReportMissingFix([TestCsi.Target], ["IBM.Coexistence.z/OS.3.1"]));
        csi.Apply("UZ00008");

        Assert.True(Assert.Single(before.Resolvers).Received);
        Assert.Empty(csi.Csi.ReportMissingFix([TestCsi.Target], ["IBM.Coexistence.z/OS.3.1"]));
    }

    [Fact]
    public void MissingFix_HeldFmidNotInstalledOrCategoryNotAsked_IsNotReported()
    {
        using var csi = new TestCsi();
        csi.Receive(TestCsi.BaseFunction, CoexistenceHold);

        Assert.Empty(csi.Csi.ReportMissingFix([TestCsi.Target], ["IBM.Coexistence.z/OS.3.1"]));
        csi.Apply("HBB77D0");
        Assert.Empty(csi.Csi.ReportMissingFix([TestCsi.Target], ["IBM.Device.*"]));
    }

    [Fact]
    public void SourceId_FixcatResolver_IsSelectedByApplySourceId()
    {
        using var csi = new TestCsi();
        csi.InstallBase();
        csi.Receive(HeldPtf + "\n" + Resolver, CoexistenceHold);

        var result = csi.Apply(new ApplyOptions { SourceIds = ["IBM.Coexistence.z/OS.3.1"] });

        Assert.Equal(["UZ00008"], result.Sysmods.Select(s => s.Id));
        Assert.Equal(SysmodStatus.Applied, result.StatusOf("UZ00008"));
    }

    [Fact]
    public void SourceId_ResolverAlreadyInstalled_IsLeftOutQuietly()
    {
        using var csi = new TestCsi();
        csi.InstallBase();
        csi.Receive(Resolver, CoexistenceHold);
        csi.Apply("UZ00008");

        var result = csi.Apply(new ApplyOptions { SourceIds = ["IBM.Coexistence.z/OS.3.1"] });

        Assert.Empty(result.Sysmods);
        Assert.Equal(ReturnCodes.Ok, result.ReturnCode);
    }
}
