using IMU.Smpe.Commands;
using IMU.Smpe.Zones;
using Microsoft.Data.Sqlite;

namespace IMU.Smpe.Tests.Zones;

public sealed class CsiTests
{
    [Fact]
    public void Open_NewFile_CreatesGlobalZone()
    {
        using var csi = new TestCsi(zones: false);

        var zone = Assert.Single(csi.Csi.ListZones());

        Assert.Equal(new ZoneDefinition(Csi.GlobalZoneName, ZoneType.Global, null, "Z038"), zone);
    }

    [Fact]
    public void Open_SetsSchemaVersionAndWal()
    {
        using var csi = new TestCsi(zones: false);
        csi.Csi.Dispose();

        using var connection = new SqliteConnection($"Data Source={csi.FilePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        var version = Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        command.CommandText = "PRAGMA journal_mode;";
        var journal = (string?)command.ExecuteScalar();

        Assert.Equal(CsiSchema.Version, version);
        Assert.Equal("wal", journal);
    }

    [Fact]
    public void AddZone_Twice_IsRefused()
    {
        using var csi = new TestCsi();

        Assert.Throws<CsiException>(() => csi.Csi.AddZone(TestCsi.Target, ZoneType.Target));
    }

    [Fact]
    public void ListSysmods_UnknownZone_Throws()
    {
        using var csi = new TestCsi();

        Assert.Throws<CsiException>(() => csi.Csi.ListSysmods("NOSUCH"));
    }

    [Fact]
    public void Reopen_KeepsZonesSysmodsAndElements()
    {
        using var csi = new TestCsi();
        csi.InstallBase();

        csi.Reopen();

        Assert.Equal(3, csi.Csi.ListZones().Count);
        Assert.Equal(SysmodEntryStatus.Applied, csi.Sysmod("HBB77D0").Status);
        Assert.Equal(3, csi.Csi.ListElements(TestCsi.Target).Count);
    }

    [Fact]
    public void Crash_BeforeCommitOfApply_LeavesCsiAsBefore()
    {
        using var csi = new TestCsi();
        csi.Receive(TestCsi.BaseFunction);
        csi.Csi.BeforeCommit = () => throw new IOException("power failure");

        Assert.Throws<IOException>(() => csi.Apply("HBB77D0"));
        csi.Reopen();

        Assert.Empty(csi.Csi.ListSysmods(TestCsi.Target));
        Assert.Empty(csi.Csi.ListElements(TestCsi.Target));
        Assert.Equal(SysmodStatus.Applied, csi.Apply("HBB77D0").StatusOf("HBB77D0"));
    }

    [Fact]
    public void Crash_BeforeCommitOfReceive_LeavesCsiAsBefore()
    {
        using var csi = new TestCsi();
        csi.Receive(TestCsi.BaseFunction);
        csi.Csi.BeforeCommit = () => throw new IOException("power failure");

        Assert.Throws<IOException>(() => csi.Receive("""
            ++PTF(UZ00001).
            ++VER(Z038) FMID(HBB77D0).
            ++MOD(MODA) DISTLIB(AOS12).
            """, "++HOLD(HBB77D0) FMID(HBB77D0) REASON(AA12345) ERROR."));

        Assert.Equal(["HBB77D0"], csi.Csi.ListSysmods(Csi.GlobalZoneName).Select(s => s.Id));
        Assert.Empty(csi.Csi.ListHoldData());
    }

    [Fact]
    public void SecondWriter_ChangesAreSeenByFirstInstance()
    {
        using var csi = new TestCsi();
        csi.Receive(TestCsi.BaseFunction);
        Assert.Empty(csi.Csi.ListSysmods(TestCsi.Target));

        using (var other = Csi.Open(csi.FilePath))
        {
            other.Apply(TestCsi.Target, new ApplyOptions { Select = ["HBB77D0"] });
        }

        Assert.Equal(SysmodEntryStatus.Applied, csi.Sysmod("HBB77D0").Status);
        Assert.Equal(SysmodStatus.AlreadyInstalled, csi.Apply("HBB77D0").StatusOf("HBB77D0"));
    }
}
