using System.Globalization;
using Npgsql;

namespace IMU.Silo.Migrations;

/// <summary>
/// Applies deploy/sql/postgresql in order, all pending scripts and their imu_schema_version rows in one
/// transaction, under a transaction-scoped advisory lock, so silos starting together migrate once.
/// Disposing it disposes the data source only when <paramref name="ownsDataSource"/> (<c>imu db migrate</c>);
/// a silo's data source belongs to the silo.
/// </summary>
internal sealed class PostgreSqlSchemaMigrator(NpgsqlDataSource dataSource, TimeProvider timeProvider, bool ownsDataSource = false) : ISchemaMigrator, IAsyncDisposable
{
    // Any constant works as long as nothing else in the database takes the same advisory lock.
    private const long MigrationLock = 0x494D555F534348; // "IMU_SCH"

    private static readonly IReadOnlyList<SqlMigrationScript> s_scripts = EmbeddedSqlScripts.Load(EmbeddedSqlScripts.PostgreSql);

    public async Task<SchemaMigrationResult> MigrateAsync(CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await ExecuteAsync(connection, $"SELECT pg_advisory_xact_lock({MigrationLock});", cancellationToken).ConfigureAwait(false);
                await ExecuteAsync(
                    connection,
                    "CREATE TABLE IF NOT EXISTS imu_schema_version (version integer NOT NULL PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL);",
                    cancellationToken).ConfigureAwait(false);
                var current = await ReadVersionAsync(connection, cancellationToken).ConfigureAwait(false);
                var database = $"{connection.Host}:{connection.Port}/{connection.Database}";
                if (current > s_scripts.Count)
                {
                    throw new InvalidOperationException(
                        $"The database {database} has schema version {current}, newer than this silo knows ({s_scripts.Count}). Run a newer silo or restore a matching backup.");
                }

                var applied = new List<string>();
                foreach (var script in s_scripts.Where(s => s.Version > current))
                {
                    await ExecuteAsync(connection, script.Text, cancellationToken).ConfigureAwait(false);
                    var record = new NpgsqlCommand("INSERT INTO imu_schema_version (version, name, applied_at) VALUES ($1, $2, $3);", connection);
                    await using (record.ConfigureAwait(false))
                    {
                        record.Parameters.Add(new NpgsqlParameter { Value = script.Version });
                        record.Parameters.Add(new NpgsqlParameter { Value = script.Name });
                        record.Parameters.Add(new NpgsqlParameter { Value = timeProvider.GetUtcNow() });
                        await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    }

                    applied.Add(script.Name);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return new SchemaMigrationResult(database, current, Math.Max(current, s_scripts.Count), applied);
            }
        }
    }

    public ValueTask DisposeAsync() => ownsDataSource ? dataSource.DisposeAsync() : ValueTask.CompletedTask;

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        var command = new NpgsqlCommand(sql, connection);
        await using (command.ConfigureAwait(false))
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<int> ReadVersionAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var command = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM imu_schema_version;", connection);
        await using (command.ConfigureAwait(false))
        {
            return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        }
    }
}
