using System.Globalization;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace IMU.Runtime.Storage.Sqlite;

/// <summary>
/// The single writer behind <see cref="SqliteGrainStateStorage"/>: it takes everything queued (up
/// to the batch bound), runs each write as a version-checked statement in ONE transaction, and
/// completes the callers only after that commit returned, so one flush serves the whole batch.
/// An ETag conflict fails only its own write; a failed commit fails every write of the batch.
/// </summary>
internal sealed class GroupCommitWriter : IAsyncDisposable
{
    private readonly Channel<StateWriteOperation> _queue = Channel.CreateUnbounded<StateWriteOperation>(
        new UnboundedChannelOptions { SingleReader = true, AllowSynchronousContinuations = false });

    private readonly SqliteConnection _connection;
    private readonly TimeProvider _timeProvider;
    private readonly int _maxBatchSize;
    private readonly List<StateWriteOperation> _batch;
    private readonly CancellationTokenSource _kill = new();
    private readonly SqliteCommand _update;
    private readonly SqliteCommand _insert;
    private readonly SqliteCommand _clear;
    private readonly SqliteCommand _select;
    private readonly Task _loop;
    private long _committedBatches;

    public GroupCommitWriter(SqliteConnection connection, TimeProvider timeProvider, int maxBatchSize)
    {
        _connection = connection;
        _timeProvider = timeProvider;
        _maxBatchSize = maxBatchSize;
        _batch = new List<StateWriteOperation>(maxBatchSize);

        // A known version must still be current; the row's version is the ETag.
        _update = Prepare(
            """
            UPDATE grain_state SET payload = $payload, version = version + 1, modified_at = $now
            WHERE grain_type = $type AND grain_key = $key AND state_name = $state
              AND version = $version AND payload IS NOT NULL;
            """,
            "$payload",
            "$now",
            "$version");

        // No expected ETag: only a missing or cleared row may be written, and a cleared row keeps counting up.
        _insert = Prepare(
            """
            INSERT INTO grain_state (grain_type, grain_key, state_name, payload, version, modified_at)
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
            UPDATE grain_state SET payload = NULL, version = version + 1, modified_at = $now
            WHERE grain_type = $type AND grain_key = $key AND state_name = $state
              AND version = $version AND payload IS NOT NULL;
            """,
            "$now",
            "$version");

        _select = Prepare(
            "SELECT version FROM grain_state WHERE grain_type = $type AND grain_key = $key AND state_name = $state AND payload IS NOT NULL;");

        _loop = Task.Run(RunAsync);
    }

    /// <summary>How many transactions the writer committed; with group commit far fewer than the writes.</summary>
    public long CommittedBatches => Volatile.Read(ref _committedBatches);

    public void Enqueue(StateWriteOperation operation)
    {
        if (!_queue.Writer.TryWrite(operation))
        {
            operation.Fail(new ObjectDisposedException(nameof(SqliteGrainStateStorage), "The SQLite grain state storage is shut down."));
        }
    }

    /// <summary>Commits everything already queued, then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
        await CloseAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// Stops like a crashed process: the open batch is rolled back and nothing queued is written.
    /// Writes already acknowledged are durable; the others fail and are absent.
    /// </summary>
    public async ValueTask KillAsync()
    {
        _queue.Writer.TryComplete();
        await _kill.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        var killed = new ObjectDisposedException(nameof(SqliteGrainStateStorage), "The SQLite grain state storage was killed before this write committed.");
        while (_queue.Reader.TryRead(out var operation))
        {
            operation.Fail(killed);
        }

        await CloseAsync().ConfigureAwait(false);
    }

    private static void Bind(SqliteCommand command, StateWriteOperation operation)
    {
        command.Parameters["$type"].Value = operation.GrainId.Type;
        command.Parameters["$key"].Value = operation.GrainId.Key;
        command.Parameters["$state"].Value = operation.StateName;
    }

    private static string FormatETag(long version) => version.ToString(CultureInfo.InvariantCulture);

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

    private async Task RunAsync()
    {
        try
        {
            while (await _queue.Reader.WaitToReadAsync(_kill.Token).ConfigureAwait(false))
            {
                _batch.Clear();
                while (_batch.Count < _maxBatchSize && _queue.Reader.TryRead(out var operation))
                {
                    if (operation.TryTake())
                    {
                        _batch.Add(operation);
                    }
                }

                if (_batch.Count > 0)
                {
                    CommitBatch();
                }
            }
        }
        catch (OperationCanceledException) when (_kill.IsCancellationRequested)
        {
            // Killed while idle: nothing was in flight.
        }
    }

    private void CommitBatch()
    {
        try
        {
            using var transaction = _connection.BeginTransaction();
            var now = _timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
            foreach (var operation in _batch)
            {
                Execute(operation, transaction, now);
            }

            // A kill between the statements and the commit must look like a crash before the flush.
            _kill.Token.ThrowIfCancellationRequested();
            transaction.Commit();
            Interlocked.Increment(ref _committedBatches);
        }
        catch (Exception ex)
        {
            var failure = ex is OperationCanceledException && _kill.IsCancellationRequested
                ? new ObjectDisposedException(nameof(SqliteGrainStateStorage), "The SQLite grain state storage was killed before this write committed.")
                : ex;
            foreach (var operation in _batch)
            {
                operation.Fail(failure);
            }

            return;
        }

        foreach (var operation in _batch)
        {
            operation.Complete();
        }
    }

    private void Execute(StateWriteOperation operation, SqliteTransaction transaction, long now)
    {
        long? newVersion = null;
        if (operation.ExpectedETag is null)
        {
            if (!operation.IsClear)
            {
                _insert.Transaction = transaction;
                Bind(_insert, operation);
                _insert.Parameters["$payload"].Value = operation.Payload;
                _insert.Parameters["$now"].Value = now;
                newVersion = _insert.ExecuteScalar() is long inserted ? inserted : null;
            }
            else if (ReadStoredVersion(operation, transaction) is null)
            {
                // Clearing what is not there is already done: no version to bump, nothing to fence.
                operation.SetOutcome(string.Empty, null);
                return;
            }
        }
        else if (long.TryParse(operation.ExpectedETag, NumberStyles.None, CultureInfo.InvariantCulture, out var expected))
        {
            var command = operation.IsClear ? _clear : _update;
            command.Transaction = transaction;
            Bind(command, operation);
            if (!operation.IsClear)
            {
                command.Parameters["$payload"].Value = operation.Payload;
            }

            command.Parameters["$now"].Value = now;
            command.Parameters["$version"].Value = expected;
            newVersion = command.ExecuteNonQuery() == 1 ? expected + 1 : null;
        }

        if (newVersion is { } version)
        {
            operation.SetOutcome(FormatETag(version), null);
            return;
        }

        var stored = ReadStoredVersion(operation, transaction);
        operation.SetOutcome(
            null,
            new InconsistentStateException(
                $"The {(operation.IsClear ? "clear" : "write")} of state '{operation.StateName}' of grain {operation.GrainId} was refused: the stored ETag differs",
                stored is { } s ? FormatETag(s) : null,
                operation.ExpectedETag));
    }

    private long? ReadStoredVersion(StateWriteOperation operation, SqliteTransaction transaction)
    {
        _select.Transaction = transaction;
        Bind(_select, operation);
        return _select.ExecuteScalar() is long version ? version : null;
    }

    private async Task CloseAsync()
    {
        foreach (var command in (SqliteCommand[])[_update, _insert, _clear, _select])
        {
            await command.DisposeAsync().ConfigureAwait(false);
        }

        await _connection.DisposeAsync().ConfigureAwait(false);
        _kill.Dispose();
    }
}
