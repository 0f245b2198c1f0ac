using IMU.Smpe.Commands;
using IMU.Smpe.Zones;
using Microsoft.Data.Sqlite;

namespace IMU.Smpe.Tests.Commands;

/// <summary>REJECT SELECT and PURGE, and what survives a rejected SYSMOD's global zone entry.</summary>
public sealed class RejectTests
{
    private const string Ptf = """
        ++PTF(UZ00001).
        ++VER(Z038) FMID(HBB77D0).
        ++MOD(MODA) DISTLIB(AOS12).
        """;

    [Fact]
    public void RejectSelect_ReceivedNotInstalled_IsRemovedAndItsHoldDataStays()
    {
        using var csi = new TestCsi();
        csi.Receive(TestCsi.BaseFunction + "\n" + Ptf, "++HOLD(UZ00001) FMID(HBB77D0) REASON(AA12345) ERROR.");

        var result = csi.Csi.Reject(new RejectOptions { Select = ["UZ00001"] });

        Assert.Equal(ReturnCodes.Ok, result.ReturnCode);
        Assert.Equal(SysmodStatus.Rejected, result.StatusOf("UZ00001"));
        Assert.Equal(["HBB77D0"], csi.Csi.ListSysmods(Csi.GlobalZoneName).Select(s => s.Id));
        Assert.Single(csi.Csi.ListHoldData());
    }

    [Fact]
    public void RejectSelect_Installed_IsRefusedWithRcEight()
    {
        using var csi = new TestCsi();
        csi.InstallBase();

        var result = csi.Csi.Reject(new RejectOptions { Select = ["HBB77D0"] });

        Assert.Equal(ReturnCodes.Error, result.ReturnCode);
        Assert.True(result.For("HBB77D0").Mentions("IMU2102E"));
        Assert.Single(csi.Csi.ListSysmods(Csi.GlobalZoneName));
    }

    [Fact]
    public void RejectSelect_NotReceived_IsAWarning()
    {
        using var csi = new TestCsi();

        Assert.Equal(ReturnCodes.Warning, csi.Csi.Reject(new RejectOptions { Select = ["UZ77777"] }).ReturnCode);
    }

    [Fact]
    public void Reject_NeitherSelectNorPurge_IsRcTwelve()
    {
        using var csi = new TestCsi();

        Assert.Equal(ReturnCodes.Severe, csi.Csi.Reject(new RejectOptions()).ReturnCode);
        Assert.Equal(ReturnCodes.Severe, csi.Csi.Reject(new RejectOptions { Select = ["UZ00001"], Purge = true }).ReturnCode);
    }

    [Fact]
    public void RejectPurge_AcceptedWhereverApplied_IsPurgedAndAppliedOnlyStays()
    {
        using var csi = new TestCsi();
        csi.InstallBase();
        csi.Accept("HBB77D0");
        csi.Receive(Ptf);
        csi.Apply("UZ00001");

        var result = csi.Csi.Reject(new RejectOptions { Purge = true });

        Assert.Equal(["HBB77D0"], result.Sysmods.Select(s => s.Id));
        Assert.Equal(["UZ00001"], csi.Csi.ListSysmods(Csi.GlobalZoneName).Select(s => s.Id));
        Assert.Equal(SysmodEntryStatus.Applied, csi.Sysmod("HBB77D0").Status);
    }

    [Fact]
    public void IfReq_OwnerPurgedFromTheGlobalZone_IsStillRequiredWhenItsFunctionIsInstalled()
    {
        using var csi = new TestCsi();
        csi.InstallBase();
        csi.Receive("""
            ++PTF(UZ00002).
            ++VER(Z038) FMID(HBB77D0).
            ++IF FMID(JBB77D1) THEN REQ(UZ00009).
            ++MOD(MODB) DISTLIB(AOS12).
            ++FUNCTION(JBB77D1).
            ++VER(Z038) FMID(HBB77D0).
            ++MOD(MODJ) DISTLIB(AOS12).
            """);
        csi.Apply("UZ00002");
        csi.Accept("HBB77D0", "UZ00002");
        Assert.Contains(csi.Csi.Reject(new RejectOptions { Purge = true }).Sysmods, s => s.Id == "UZ00002");

        var result = csi.Apply("JBB77D1");

        Assert.Equal(SysmodStatus.Failed, result.StatusOf("JBB77D1"));
        Assert.True(result.For("JBB77D1").Mentions("IMU3214E IFREQ UZ00009"));
    }

    [Fact]
    public void RejectSelect_FixcatResolver_LosesItsSourceIdsAndGetsThemBackWhenReceivedAgain()
    {
        using var csi = new TestCsi();
        csi.InstallBase();
        csi.Receive(FixcatResolver, FixcatHold);

        csi.Csi.Reject(new RejectOptions { Select = ["UZ00008"] });

        Assert.Equal(0, SourceIdRows(csi, "UZ00008"));
        Assert.Empty(csi.Apply(new ApplyOptions { SourceIds = ["IBM.Coexistence.z/OS.3.1"], Check = true }).Sysmods);
        csi.Receive(FixcatResolver);
        Assert.Equal(1, SourceIdRows(csi, "UZ00008"));
        Assert.Equal(["UZ00008"], csi.Apply(new ApplyOptions { SourceIds = ["IBM.Coexistence.z/OS.3.1"], Check = true }).Sysmods.Select(s => s.Id));
    }

    private const string FixcatResolver = """
        ++PTF(UZ00008).
        ++VER(Z038) FMID(HBB77D0).
        ++MOD(MODB) DISTLIB(AOS12).
        """;

    private const string FixcatHold = """
        ++HOLD(HBB77D0) FIXCAT FMID(HBB77D0) REASON(AH47422) RESOLVER(UZ00008)
          CATEGORY(IBM.Coexistence.z/OS.3.1) DATE(25123).
        """;

    private static long SourceIdRows(TestCsi csi, string sysmod)
    {
        using var connection = new SqliteConnection($"Data Source={csi.FilePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM global_sourceid WHERE sysmod = $id;";
        command.Parameters.AddWithValue("$id", sysmod);
        return (long)command.ExecuteScalar()!;
    }
}
