using System.Globalization;
using System.Text.Json;
using IMU.Smpe.Activation;
using IMU.Smpe.Diagnostics;
using Microsoft.Data.Sqlite;

namespace IMU.Smpe.Zones;

/// <summary>
/// The CSI's SQLite schema, versioned with <c>PRAGMA user_version</c> and marked as ours with
/// <c>PRAGMA application_id</c>: each migration runs once, in order, in its own transaction. A file is
/// only ever migrated after it has been identified as a CSI, so another application's database is
/// never written to.
/// </summary>
internal static class CsiSchema
{
    /// <summary>"IMUC": what <c>PRAGMA application_id</c> holds in every CSI from schema version 2 on.</summary>
    public const int ApplicationId = 0x494D5543;

    private const string Version1 = """
        CREATE TABLE meta(key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
        INSERT INTO meta(key, value) VALUES('generation', 0);
        CREATE TABLE zone(name TEXT PRIMARY KEY, type TEXT NOT NULL, related TEXT, srel TEXT NOT NULL) WITHOUT ROWID;
        INSERT INTO zone(name, type, related, srel) VALUES('GLOBAL', 'Global', NULL, 'Z038');
        CREATE TABLE global_srel(srel TEXT PRIMARY KEY) WITHOUT ROWID;
        INSERT INTO global_srel(srel) VALUES('Z038');
        CREATE TABLE global_fmid(fmid TEXT PRIMARY KEY) WITHOUT ROWID;
        CREATE TABLE global_sysmod(id TEXT PRIMARY KEY, type TEXT NOT NULL, rework TEXT, mcs TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE global_hold(
            sysmod TEXT NOT NULL, category TEXT NOT NULL, reason TEXT NOT NULL, fmid TEXT NOT NULL, hold TEXT NOT NULL,
            PRIMARY KEY(sysmod, category, reason)) WITHOUT ROWID;
        CREATE TABLE zone_sysmod(
            zone TEXT NOT NULL, id TEXT NOT NULL, type TEXT, status TEXT NOT NULL, fmid TEXT,
            supby TEXT NOT NULL, activation TEXT NOT NULL, elements TEXT NOT NULL,
            PRIMARY KEY(zone, id)) WITHOUT ROWID;
        CREATE TABLE zone_element(
            zone TEXT NOT NULL, type TEXT NOT NULL, name TEXT NOT NULL, fmid TEXT NOT NULL, rmid TEXT NOT NULL,
            umids TEXT NOT NULL, lmods TEXT NOT NULL, syslib TEXT, distlib TEXT, bypass INTEGER NOT NULL,
            PRIMARY KEY(zone, type, name)) WITHOUT ROWID;
        """;

    /// <summary>
    /// Keyed access: what commands used to find by loading whole zones gets a table or an index of its
    /// own. Received SYSMODs move to a rowid table: their MCS (UTF-8 JSON with the inline data) runs to
    /// kilobytes, which SQLite stores far more compactly outside a WITHOUT ROWID B-tree.
    /// </summary>
    private const string Version2 = """
        ALTER TABLE global_sysmod RENAME TO global_sysmod_v1;
        CREATE TABLE global_sysmod(id TEXT NOT NULL UNIQUE, type TEXT NOT NULL, rework TEXT, fmid TEXT, activation TEXT NOT NULL, mcs BLOB NOT NULL);
        CREATE TABLE global_sup(sup TEXT NOT NULL, sysmod TEXT NOT NULL, PRIMARY KEY(sup, sysmod)) WITHOUT ROWID;
        CREATE TABLE global_internal_hold(
            sysmod TEXT NOT NULL, category TEXT NOT NULL, reason TEXT NOT NULL, hold TEXT NOT NULL,
            PRIMARY KEY(sysmod, category, reason)) WITHOUT ROWID;
        CREATE TABLE zone_sysmod_element(
            zone TEXT NOT NULL, sysmod TEXT NOT NULL, type TEXT NOT NULL, name TEXT NOT NULL,
            PRIMARY KEY(zone, sysmod, type, name)) WITHOUT ROWID;
        CREATE INDEX zone_sysmod_element_by_element ON zone_sysmod_element(zone, type, name);
        CREATE TABLE zone_requisite(
            zone TEXT NOT NULL, sysmod TEXT NOT NULL, kind TEXT NOT NULL, fmid TEXT NOT NULL, req TEXT NOT NULL,
            PRIMARY KEY(zone, sysmod, kind, fmid, req)) WITHOUT ROWID;
        CREATE INDEX zone_requisite_by_req ON zone_requisite(zone, req, kind);
        CREATE INDEX zone_requisite_by_fmid ON zone_requisite(zone, kind, fmid);
        CREATE INDEX zone_sysmod_by_fmid ON zone_sysmod(zone, fmid);
        CREATE INDEX zone_element_by_fmid ON zone_element(zone, fmid);
        """;

    /// <summary>
    /// FIXCAT interest lists (the OPTIONS entry's FIXCAT subentry, per zone), the SOURCEIDs RECEIVE gives
    /// the PTFs that resolve FIXCAT holds, what a function's <c>++VER DELETE</c> removed, and SYSMOD
    /// entries by ID across zones (REJECT asks every zone).
    /// </summary>
    private const string Version3 = """
        CREATE TABLE zone_fixcat(zone TEXT NOT NULL, pattern TEXT NOT NULL, PRIMARY KEY(zone, pattern)) WITHOUT ROWID;
        CREATE TABLE global_sourceid(sourceid TEXT NOT NULL, sysmod TEXT NOT NULL, PRIMARY KEY(sourceid, sysmod)) WITHOUT ROWID;
        CREATE INDEX global_sourceid_by_sysmod ON global_sourceid(sysmod);
        CREATE INDEX zone_sysmod_by_id ON zone_sysmod(id);
        """;

    /// <summary>
    /// Supersedes by superseding SYSMOD: RECEIVE replaces and REJECT removes a SYSMOD's SUP rows, which
    /// the primary key (by superseded SYSMOD) could only find by scanning every row. FIXCAT holds by
    /// RESOLVER: a SYSMOD received after its FIXCAT HOLDDATA (again, after a REJECT) gets its fix
    /// categories as SOURCEIDs from them.
    /// </summary>
    private const string Version4 = """
        CREATE INDEX global_sup_by_sysmod ON global_sup(sysmod);
        CREATE INDEX global_hold_by_resolver ON global_hold(json_extract(hold, '$.Resolver')) WHERE category = 'Fixcat';
        """;

    private static readonly string[] s_v1Tables = ["meta", "zone", "global_srel", "global_fmid", "global_sysmod", "global_hold", "zone_sysmod", "zone_element"];

    private static readonly Action<SqliteConnection>[] s_migrations =
    [
        connection => Execute(connection, Version1),
        MigrateToVersion2,
        connection => Execute(connection, Version3),
        connection => Execute(connection, Version4),
    ];

    public static int Version => s_migrations.Length;

    /// <summary>
    /// Makes a new CSI of an empty file: WAL, our application ID, every migration. Pages of 16 KiB hold
    /// several received SYSMODs each (their MCS runs to kilobytes), where 4 KiB pages hold one.
    /// </summary>
    public static void Create(SqliteConnection connection, CsiOpenOptions options, string path)
    {
        Execute(connection, $"PRAGMA page_size = 16384; PRAGMA journal_mode=WAL; PRAGMA application_id = {ApplicationId};");
        Migrate(connection, 0, options, path);
    }

    /// <summary>The schema version of the file, or a <see cref="CsiException"/> saying why it is not a CSI.</summary>
    public static int Identify(SqliteConnection connection, string path)
    {
        var version = Scalar(connection, "PRAGMA user_version;");
        var applicationId = Scalar(connection, "PRAGMA application_id;");
        if (applicationId != 0 && applicationId != ApplicationId)
        {
            throw new CsiException(SmpeMessages.NotACsi(path, $"IT BELONGS TO ANOTHER APPLICATION (APPLICATION_ID 0X{applicationId:X8})"));
        }

        if (version <= 0)
        {
            throw new CsiException(SmpeMessages.NotACsi(path, $"ITS SCHEMA VERSION (USER_VERSION {version}) IS NOT ONE THAT A CSI HAS"));
        }

        if (version > Version)
        {
            throw new CsiException(SmpeMessages.NewerSchema(version, Version));
        }

        // Version 1 CSIs carry no application ID: their tables are what identifies them.
        if (applicationId == 0 && (version > 1 || !HasTables(connection, s_v1Tables)))
        {
            throw new CsiException(SmpeMessages.NotACsi(path, "IT DOES NOT HOLD THE TABLES OF A CSI"));
        }

        return version;
    }

    public static void Migrate(SqliteConnection connection, int current, CsiOpenOptions options, string path)
    {
        for (var v = current; v < Version; v++)
        {
            using var tx = CsiTransaction.Begin(connection, write: true, options, path);
            s_migrations[v](connection);
            Execute(connection, $"PRAGMA user_version = {v + 1}; PRAGMA application_id = {ApplicationId};");
            tx.Commit();
        }
    }

    private static void MigrateToVersion2(SqliteConnection connection)
    {
        Execute(connection, Version2);
        using var store = new CsiStore(connection);
        using (var rows = new CsiRowReader(connection, "SELECT mcs FROM global_sysmod_v1;"))
        {
            while (rows.Read())
            {
                var sysmod = JsonSerializer.Deserialize(rows.Bytes(0), CsiJsonContext.Default.Sysmod)!;
                store.SaveSysmod(sysmod, ActivationClassifier.Classify(sysmod, sysmod.Holds, _ => null), replaces: false);
            }
        }

        var entries = new List<(string Zone, string Id, string? Fmid, string Elements)>();
        using (var rows = new CsiRowReader(connection, "SELECT zone, id, fmid, elements FROM zone_sysmod WHERE status IN ('Applied', 'Accepted');"))
        {
            while (rows.Read())
            {
                entries.Add((rows.String(0), rows.String(1), rows.IsNull(2) ? null : rows.String(2), rows.String(3)));
            }
        }

        foreach (var (zone, id, fmid, elements) in entries)
        {
            var keys = elements.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(e => e.Split(' ', 2)).Select(p => new ElementKey(p[0], p[1])).ToList();
            var record = new InstallRecord { Elements = keys };
            if (store.Sysmod(id) is { } sysmod)
            {
                // The ++VER that matched at install time: the one naming the entry's FMID (none for a base function).
                var ver = sysmod.Vers.FirstOrDefault(v => v.Fmid == fmid || (v.Fmid is null && fmid == id)) ?? sysmod.Vers.FirstOrDefault();
                record = record with { Pre = ver?.Pre ?? [], Req = ver?.Req ?? [], Sup = ver?.Sup ?? [], Ifs = sysmod.Ifs };
            }

            store.SaveRecord(zone, id, record);
        }

        Execute(connection, "DROP TABLE global_sysmod_v1; ALTER TABLE zone_sysmod DROP COLUMN elements; DROP TABLE meta;");
    }

    private static bool HasTables(SqliteConnection connection, string[] names)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_schema WHERE type = 'table';";
        var tables = new HashSet<string>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            tables.Add(reader.GetString(0));
        }

        return names.All(tables.Contains);
    }

    private static int Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
