using System.Text.Json;
using IMU.Smpe.Commands;
using IMU.Smpe.Zones;
using IMU.TestUtilities;
using Microsoft.Data.Sqlite;

namespace IMU.Smpe.Tests.Zones;

/// <summary>A CSI written by the schema-1 engine (zones loaded whole) is upgraded in place, and keyed access finds what it held.</summary>
public sealed class CsiMigrationTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    [Fact]
    public void Migration_Version1Csi_KeepsSysmodsElementsAndWhatRestoreNeeds()
    {
        var path = Path.Combine(_directory.Path, "v1.csi");
        var function = TestCsi.Parse(TestCsi.BaseFunction).Sysmods[0];
        var ptf = TestCsi.Parse("""
            ++PTF(UZ00001).
            ++VER(Z038) FMID(HBB77D0).
            ++IF FMID(HJE77D0) REQ(UZ00009).
            ++MOD(MODA) DISTLIB(AOS12).
            """).Sysmods[0];
        WriteVersion1(path, function, ptf);

        using (var csi = Csi.Open(path))
        {
            Assert.Equal(["HBB77D0", "UZ00001"], csi.ListSysmods(Csi.GlobalZoneName).Select(s => s.Id));
            Assert.Equal("UZ00001", Assert.Single(csi.ListElements(TestCsi.Target), e => e.Name == "MODA").Rmid);
            var restore = csi.Restore(TestCsi.Target, new RestoreOptions { Select = ["UZ00001"] });
            Assert.Equal(SysmodStatus.Restored, restore.StatusOf("UZ00001"));
        }

        Assert.Equal(CsiSchema.Version, UserVersion(path));
    }

    public void Dispose() => _directory.Dispose();

    private static void WriteVersion1(string path, IMU.Smpe.Mcs.Sysmod function, IMU.Smpe.Mcs.Sysmod ptf)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            PRAGMA journal_mode=WAL;
            CREATE TABLE meta(key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
            INSERT INTO meta(key, value) VALUES('generation', 7);
            CREATE TABLE zone(name TEXT PRIMARY KEY, type TEXT NOT NULL, related TEXT, srel TEXT NOT NULL) WITHOUT ROWID;
            INSERT INTO zone VALUES('GLOBAL', 'Global', NULL, 'Z038'), ('TGT', 'Target', 'DLIB', 'Z038'), ('DLIB', 'Dlib', 'TGT', 'Z038');
            CREATE TABLE global_srel(srel TEXT PRIMARY KEY) WITHOUT ROWID;
            INSERT INTO global_srel VALUES('Z038');
            CREATE TABLE global_fmid(fmid TEXT PRIMARY KEY) WITHOUT ROWID;
            INSERT INTO global_fmid VALUES('HBB77D0');
            CREATE TABLE global_sysmod(id TEXT PRIMARY KEY, type TEXT NOT NULL, rework TEXT, mcs TEXT NOT NULL) WITHOUT ROWID;
            INSERT INTO global_sysmod VALUES('HBB77D0', 'Function', NULL, $f), ('UZ00001', 'Ptf', NULL, $p);
            CREATE TABLE global_hold(sysmod TEXT NOT NULL, category TEXT NOT NULL, reason TEXT NOT NULL, fmid TEXT NOT NULL, hold TEXT NOT NULL, PRIMARY KEY(sysmod, category, reason)) WITHOUT ROWID;
            CREATE TABLE zone_sysmod(zone TEXT NOT NULL, id TEXT NOT NULL, type TEXT, status TEXT NOT NULL, fmid TEXT, supby TEXT NOT NULL, activation TEXT NOT NULL, elements TEXT NOT NULL, PRIMARY KEY(zone, id)) WITHOUT ROWID;
            INSERT INTO zone_sysmod VALUES
                ('TGT', 'HBB77D0', 'Function', 'Accepted', 'HBB77D0', '', 'None', 'MOD MODA' || char(10) || 'MOD MODB'),
                ('DLIB', 'HBB77D0', 'Function', 'Accepted', 'HBB77D0', '', 'None', 'MOD MODA' || char(10) || 'MOD MODB'),
                ('TGT', 'UZ00001', 'Ptf', 'Applied', 'HBB77D0', '', 'None', 'MOD MODA');
            CREATE TABLE zone_element(zone TEXT NOT NULL, type TEXT NOT NULL, name TEXT NOT NULL, fmid TEXT NOT NULL, rmid TEXT NOT NULL, umids TEXT NOT NULL, lmods TEXT NOT NULL, syslib TEXT, distlib TEXT, bypass INTEGER NOT NULL, PRIMARY KEY(zone, type, name)) WITHOUT ROWID;
            INSERT INTO zone_element VALUES
                ('TGT', 'MOD', 'MODA', 'HBB77D0', 'UZ00001', '', 'LMODA', NULL, 'AOS12', 0),
                ('TGT', 'MOD', 'MODB', 'HBB77D0', 'HBB77D0', '', 'LMODB', NULL, 'AOS12', 0),
                ('DLIB', 'MOD', 'MODA', 'HBB77D0', 'HBB77D0', '', 'LMODA', NULL, 'AOS12', 0),
                ('DLIB', 'MOD', 'MODB', 'HBB77D0', 'HBB77D0', '', 'LMODB', NULL, 'AOS12', 0);
            PRAGMA user_version = 1;
            """;
        command.Parameters.AddWithValue("$f", JsonSerializer.Serialize(function, CsiJsonContext.Default.Sysmod));
        command.Parameters.AddWithValue("$p", JsonSerializer.Serialize(ptf, CsiJsonContext.Default.Sysmod));
        command.ExecuteNonQuery();
    }

    private static int UserVersion(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False;Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
