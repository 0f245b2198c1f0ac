using System.Globalization;
using Microsoft.Data.Sqlite;

namespace IMU.Silo.Migrations;

/// <summary>
/// Applies deploy/sql/sqlite in order, each script in the same transaction as its imu_schema_version
/// row, so a crash mid-migration leaves the previous version. BEGIN IMMEDIATE takes the write lock
/// first, so processes starting on one file migrate one after the other.
/// </summary>
internal sealed class SqliteSchemaMigrator(string databasePath, TimeProvider timeProvider) : ISchemaMigrator
{
    private static readonly IReadOnlyList<SqlMigrationScript> s_scripts = EmbeddedSqlScripts.Load(EmbeddedSqlScripts.Sqlite);

    public async Task<SchemaMigrationResult> MigrateAsync(CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(databasePath));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString());
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL;", cancellationToken).ConfigureAwait(false);
            var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await ExecuteAsync(
                    connection,
                    transaction,
                    "CREATE TABLE IF NOT EXISTS imu_schema_version (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);",
                    cancellationToken).ConfigureAwait(false);
                var current = await ReadVersionAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
                var newest = s_scripts.Count;
                if (current > newest)
                {
                    throw new InvalidOperationException(
                        $"The database '{databasePath}' has schema version {current}, newer than this silo knows ({newest}). Run a newer silo or restore a matching backup.");
                }

                var applied = new List<string>();
                foreach (var script in s_scripts.Where(s => s.Version > current))
                {
                    await ExecuteAsync(connection, transaction, script.Text, cancellationToken).ConfigureAwait(false);
                    var record = connection.CreateCommand();
                    await using (record.ConfigureAwait(false))
                    {
                        record.Transaction = transaction;
                        record.CommandText = "INSERT INTO imu_schema_version (version, name, applied_at) VALUES ($version, $name, $appliedAt);";
                        record.Parameters.AddWithValue("$version", script.Version);
                        record.Parameters.AddWithValue("$name", script.Name);
                        record.Parameters.AddWithValue("$appliedAt", timeProvider.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
                        await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    }

                    applied.Add(script.Name);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return new SchemaMigrationResult(Path.GetFullPath(databasePath), current, Math.Max(current, newest), applied);
            }
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.Transaction = transaction;
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<int> ReadVersionAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.Transaction = transaction;
            command.CommandText = "SELECT coalesce(max(version), 0) FROM imu_schema_version;";
            return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        }
    }
}
