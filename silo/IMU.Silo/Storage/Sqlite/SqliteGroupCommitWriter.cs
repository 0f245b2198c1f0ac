using Microsoft.Data.Sqlite;

namespace IMU.Silo.Storage.Sqlite;

/// <summary>
/// Group commit on one dedicated SQLite connection: each batch is one <c>BEGIN IMMEDIATE</c>
/// transaction, hence one WAL flush, whatever the number of writes in it.
/// </summary>
internal sealed class SqliteGroupCommitWriter : GroupCommitWriter
{
    private readonly SqliteConnection _connection;
    private readonly TimeProvider _timeProvider;
    private readonly SqliteCommand _update;
    private readonly SqliteCommand _insert;
    private readonly SqliteCommand _clear;
    private readonly SqliteCommand _select;

    public SqliteGroupCommitWriter(SqliteConnection connection, TimeProvider timeProvider, int maxBatchSize)
        : base(maxBatchSize)
    {
        _connection = connection;
        _timeProvider = timeProvider;

        // A known version must still be current; the row's version is the ETag. A cleared row keeps
        // its version, so the activation that cleared it writes again with the ETag the clear returned.
        _update = Prepare(
            """
            UPDATE imu_grain_state SET payload = $payload, version = version + 1, modified_at = $now
            WHERE grain_type = $type AND grain_key = $key AND state_name = $state AND version = $version;
            """,
            "$payload",
            "$now",
            "$version");

        // No expected ETag: only a missing or cleared row may be written, and a cleared row keeps counting up,
        // so an ETag handed out once never matches again.
        _insert = Prepare(
            """
            INSERT INTO imu_grain_state (grain_type, grain_key, state_name, payload, version, modified_at)
            VALUES ($type, $key, $state, $payload, 1, $now)
            ON CONFLICT (grain_type, grain_key, state_name) DO UPDATE
              SET payload = excluded.payload, version = version + 1, modified_at = excluded.modified_at
              WHERE payload IS NULL
            RETURNING version;
            """,
            "$payload",
            "$now");

        _clear = Prepare(
            """
            UPDATE imu_grain_state SET payload = NULL, version = version + 1, modified_at = $now
            WHERE grain_type = $type AND grain_key = $key AND state_name = $state AND version = $version;
            """,
            "$now",
            "$version");

        _select = Prepare(
            "SELECT version, payload IS NOT NULL FROM imu_grain_state WHERE grain_type = $type AND grain_key = $key AND state_name = $state;");
    }

    protected override Task CommitAsync(IReadOnlyList<StateWriteOperation> batch, CancellationToken killToken)
    {
        // Microsoft.Data.Sqlite runs synchronously anyway; BeginTransaction() is BEGIN IMMEDIATE, which
        // takes the write lock up front (waiting out other silos on the same file) instead of failing on upgrade.
        using var transaction = _connection.BeginTransaction();
        var now = _timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        foreach (var operation in batch)
        {
            Execute(operation, transaction, now);
        }

        killToken.ThrowIfCancellationRequested();
        transaction.Commit();
        return Task.CompletedTask;
    }

    protected override async ValueTask CloseAsync()
    {
        foreach (var command in (SqliteCommand[])[_update, _insert, _clear, _select])
        {
            await command.DisposeAsync().ConfigureAwait(false);
        }

        await _connection.DisposeAsync().ConfigureAwait(false);
    }

    private static void Bind(SqliteCommand command, SqliteTransaction transaction, GrainStateKey key)
    {
        command.Transaction = transaction;
        command.Parameters["$type"].Value = key.GrainType;
        command.Parameters["$key"].Value = key.GrainKey;
        command.Parameters["$state"].Value = key.StateName;
    }

    private SqliteCommand Prepare(string sql, params string[] extraParameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in (string[])["$type", "$key", "$state", .. extraParameters])
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }

    private void Execute(StateWriteOperation operation, SqliteTransaction transaction, long now)
    {
        if (operation.ExpectedVersion is { } expected)
        {
            var command = operation.IsClear ? _clear : _update;
            Bind(command, transaction, operation.Key);
            if (!operation.IsClear)
            {
                command.Parameters["$payload"].Value = operation.Payload;
            }

            command.Parameters["$now"].Value = now;
            command.Parameters["$version"].Value = expected;
            if (command.ExecuteNonQuery() == 1)
            {
                operation.SetOutcome(expected + 1);
                return;
            }

            operation.SetConflict(ReadStored(operation.Key, transaction).Version);
            return;
        }

        if (operation.IsClear)
        {
            // Clearing what holds no state is already done; a row cleared before keeps its version as the ETag.
            var stored = ReadStored(operation.Key, transaction);
            if (stored.HasPayload)
            {
                operation.SetConflict(stored.Version);
            }
            else
            {
                operation.SetOutcome(stored.Version);
            }

            return;
        }

        Bind(_insert, transaction, operation.Key);
        _insert.Parameters["$payload"].Value = operation.Payload;
        _insert.Parameters["$now"].Value = now;
        if (_insert.ExecuteScalar() is long inserted)
        {
            operation.SetOutcome(inserted);
            return;
        }

        operation.SetConflict(ReadStored(operation.Key, transaction).Version);
    }

    private (long? Version, bool HasPayload) ReadStored(GrainStateKey key, SqliteTransaction transaction)
    {
        Bind(_select, transaction, key);
        using var reader = _select.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), reader.GetBoolean(1)) : (null, false);
    }
}
