using Npgsql;

namespace IMU.Silo.Storage.PostgreSql;

/// <summary>
/// Group commit over Npgsql: each batch is one <see cref="NpgsqlBatch"/>, one round trip that
/// PostgreSQL runs as one implicit transaction (one WAL flush), whatever the number of writes in it.
/// Every statement returns the new version when it applied and the version stored before it, so
/// conflicts are known without a second round trip.
/// </summary>
internal sealed class PostgreSqlGroupCommitWriter(NpgsqlDataSource dataSource, string serviceId, int maxBatchSize) : GroupCommitWriter(maxBatchSize)
{
    // $1 service, $2 type, $3 key, $4 state name; every statement yields (applied version, version stored before).
    private const string StoredVersion =
        "(SELECT version FROM imu_grain_state WHERE service_id = $1 AND grain_type = $2 AND grain_key = $3 AND state_name = $4)";

    private const string UpdateSql =
        "WITH applied AS (UPDATE imu_grain_state SET payload = $5, version = version + 1, modified_at = now() " +
        "WHERE service_id = $1 AND grain_type = $2 AND grain_key = $3 AND state_name = $4 AND version = $6 RETURNING version) " +
        "SELECT (SELECT version FROM applied), " + StoredVersion + ", true";

    // No expected ETag: only a missing or cleared row may be written; a cleared row keeps counting up.
    private const string InsertSql =
        "WITH applied AS (INSERT INTO imu_grain_state (service_id, grain_type, grain_key, state_name, payload, version, modified_at) " +
        "VALUES ($1, $2, $3, $4, $5, 1, now()) ON CONFLICT (service_id, grain_type, grain_key, state_name) DO UPDATE " +
        "SET payload = excluded.payload, version = imu_grain_state.version + 1, modified_at = excluded.modified_at " +
        "WHERE imu_grain_state.payload IS NULL RETURNING version) " +
        "SELECT (SELECT version FROM applied), " + StoredVersion + ", true";

    private const string ClearSql =
        "WITH applied AS (UPDATE imu_grain_state SET payload = NULL, version = version + 1, modified_at = now() " +
        "WHERE service_id = $1 AND grain_type = $2 AND grain_key = $3 AND state_name = $4 AND version = $5 RETURNING version) " +
        "SELECT (SELECT version FROM applied), " + StoredVersion + ", true";

    // Clearing with no ETag changes nothing: it succeeds unless state is stored.
    private const string ClearUnknownSql =
        "SELECT NULL::bigint, version, payload IS NOT NULL FROM imu_grain_state WHERE service_id = $1 AND grain_type = $2 AND grain_key = $3 AND state_name = $4 " +
        "UNION ALL SELECT NULL, NULL, false LIMIT 1";

    protected override async Task CommitAsync(IReadOnlyList<StateWriteOperation> batch, CancellationToken killToken)
    {
        killToken.ThrowIfCancellationRequested();
        var connection = await dataSource.OpenConnectionAsync(killToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var commands = new NpgsqlBatch(connection);
            await using (commands.ConfigureAwait(false))
            {
                foreach (var operation in batch)
                {
                    commands.BatchCommands.Add(Command(operation));
                }

                var reader = await commands.ExecuteReaderAsync(killToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    foreach (var operation in batch)
                    {
                        await reader.ReadAsync(killToken).ConfigureAwait(false);
                        long? applied = reader.IsDBNull(0) ? null : reader.GetInt64(0);
                        long? stored = reader.IsDBNull(1) ? null : reader.GetInt64(1);
                        if (operation is { IsClear: true, ExpectedVersion: null })
                        {
                            // reader.GetBoolean(2): is state stored that an unknowing clear would destroy?
                            if (reader.GetBoolean(2))
                            {
                                operation.SetConflict(stored);
                            }
                            else
                            {
                                operation.SetOutcome(stored);
                            }
                        }
                        else if (applied is { } version)
                        {
                            operation.SetOutcome(version);
                        }
                        else
                        {
                            operation.SetConflict(stored);
                        }

                        await reader.NextResultAsync(killToken).ConfigureAwait(false);
                    }
                }
            }
        }
    }

    protected override ValueTask CloseAsync() => ValueTask.CompletedTask;

    private NpgsqlBatchCommand Command(StateWriteOperation operation)
    {
        var (sql, extra) = operation switch
        {
            { IsClear: false, ExpectedVersion: { } expected } => (UpdateSql, new object?[] { operation.Payload, expected }),
            { IsClear: false } => (InsertSql, [operation.Payload]),
            { ExpectedVersion: { } expected } => (ClearSql, [expected]),
            _ => (ClearUnknownSql, []),
        };
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in (object?[])[serviceId, operation.Key.GrainType, operation.Key.GrainKey, operation.Key.StateName, .. extra])
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return command;
    }
}
