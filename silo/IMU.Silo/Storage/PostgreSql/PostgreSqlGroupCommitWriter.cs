using Npgsql;

namespace IMU.Silo.Storage.PostgreSql;

/// <summary>
/// Group commit over Npgsql: each batch is one round trip that PostgreSQL runs as one implicit
/// transaction (one WAL flush), whatever the number of writes in it. A batch of distinct grains is
/// ONE set-based statement over arrays (one plan, one execution for all rows); a batch in which a grain
/// appears twice, where each write depends on the one before, runs one statement per write in order.
/// Every row comes back with the new version when it applied and the version stored before, so
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

    // $1.. $7 one array element per write, $8 the service. "current" sees the rows as they were before the
    // statement, which is what a conflict reports; the updates and inserts never touch the same row, since
    // every grain appears once.
    private const string SetBasedSql =
        """
        WITH input AS (
            SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::bytea[], $6::bigint[], $7::bool[])
                AS i(idx, grain_type, grain_key, state_name, payload, expected, is_clear)),
        current AS (
            SELECT i.idx, s.version AS stored, coalesce(s.payload IS NOT NULL, false) AS has_payload
            FROM input i LEFT JOIN imu_grain_state s
              ON s.service_id = $8 AND s.grain_type = i.grain_type AND s.grain_key = i.grain_key AND s.state_name = i.state_name),
        updated AS (
            UPDATE imu_grain_state s SET payload = i.payload, version = s.version + 1, modified_at = now()
            FROM input i
            WHERE i.expected IS NOT NULL AND s.service_id = $8 AND s.grain_type = i.grain_type AND s.grain_key = i.grain_key
              AND s.state_name = i.state_name AND s.version = i.expected
            RETURNING i.idx, s.version),
        inserted AS (
            INSERT INTO imu_grain_state (service_id, grain_type, grain_key, state_name, payload, version, modified_at)
            SELECT $8, i.grain_type, i.grain_key, i.state_name, i.payload, 1, now() FROM input i WHERE i.expected IS NULL AND NOT i.is_clear
            ON CONFLICT (service_id, grain_type, grain_key, state_name) DO UPDATE
                SET payload = excluded.payload, version = imu_grain_state.version + 1, modified_at = excluded.modified_at
                WHERE imu_grain_state.payload IS NULL
            RETURNING grain_type, grain_key, state_name, version)
        SELECT coalesce(u.version, n.version), c.stored, c.has_payload
        FROM input i
        JOIN current c ON c.idx = i.idx
        LEFT JOIN updated u ON u.idx = i.idx
        LEFT JOIN inserted n ON n.grain_type = i.grain_type AND n.grain_key = i.grain_key AND n.state_name = i.state_name
        ORDER BY i.idx
        """;

    // Each batch in flight holds one pooled connection; four overlap the flush of one with the filling of the next.
    protected override int MaxBatchesInFlight => 4;

    protected override async Task CommitAsync(IReadOnlyList<StateWriteOperation> batch, CancellationToken killToken)
    {
        killToken.ThrowIfCancellationRequested();
        if (batch.Select(o => o.Key).Distinct().Count() == batch.Count)
        {
            await CommitSetBasedAsync(batch, killToken).ConfigureAwait(false);
        }
        else
        {
            await CommitOneByOneAsync(batch, killToken).ConfigureAwait(false);
        }
    }

    protected override ValueTask CloseAsync() => ValueTask.CompletedTask;

    /// <summary>Records one row's outcome: (applied version, version stored before, whether state was stored).</summary>
    private static void Settle(StateWriteOperation operation, long? applied, long? stored, bool hasPayload)
    {
        if (operation is { IsClear: true, ExpectedVersion: null })
        {
            // Clearing with no ETag changes nothing; it conflicts only with state it would destroy unseen.
            if (hasPayload)
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
    }

    private async Task CommitSetBasedAsync(IReadOnlyList<StateWriteOperation> batch, CancellationToken killToken)
    {
        var command = dataSource.CreateCommand(SetBasedSql);
        await using (command.ConfigureAwait(false))
        {
            foreach (var values in (Array[])
            [
                batch.Select((_, i) => i).ToArray(),
                batch.Select(o => o.Key.GrainType).ToArray(),
                batch.Select(o => o.Key.GrainKey).ToArray(),
                batch.Select(o => o.Key.StateName).ToArray(),
                batch.Select(o => o.Payload).ToArray(),
                batch.Select(o => o.ExpectedVersion).ToArray(),
                batch.Select(o => o.IsClear).ToArray(),
            ])
            {
                command.Parameters.Add(new NpgsqlParameter { Value = values });
            }

            command.Parameters.Add(new NpgsqlParameter { Value = serviceId });
            var reader = await command.ExecuteReaderAsync(killToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                foreach (var operation in batch)
                {
                    await reader.ReadAsync(killToken).ConfigureAwait(false);
                    Settle(operation, reader.IsDBNull(0) ? null : reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetInt64(1), reader.GetBoolean(2));
                }
            }
        }
    }

    private async Task CommitOneByOneAsync(IReadOnlyList<StateWriteOperation> batch, CancellationToken killToken)
    {
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
                        Settle(operation, reader.IsDBNull(0) ? null : reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetInt64(1), reader.GetBoolean(2));
                        await reader.NextResultAsync(killToken).ConfigureAwait(false);
                    }
                }
            }
        }
    }

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
