using IMU.Smpe.Diagnostics;
using Microsoft.Data.Sqlite;

namespace IMU.Smpe.Zones;

/// <summary>
/// The CSI's SQLite schema, versioned with <c>PRAGMA user_version</c>: each migration runs once, in
/// order, in its own transaction.
/// </summary>
internal static class CsiSchema
{
    private static readonly string[] s_migrations =
    [
        """
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
        """,
    ];

    public static int Version => s_migrations.Length;

    public static void Migrate(SqliteConnection connection)
    {
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;";
            pragma.ExecuteNonQuery();
        }

        var current = UserVersion(connection);
        if (current > Version)
        {
            throw new CsiException(SmpeMessages.NewerSchema(current, Version));
        }

        for (var v = current; v < Version; v++)
        {
            using var tx = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = tx;
            command.CommandText = s_migrations[v] + $"\nPRAGMA user_version = {v + 1};";
            command.ExecuteNonQuery();
            tx.Commit();
        }
    }

    private static int UserVersion(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
