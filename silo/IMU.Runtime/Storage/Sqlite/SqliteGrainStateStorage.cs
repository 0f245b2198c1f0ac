using System.Globalization;
using System.Runtime.InteropServices;
using IMU.Runtime.Hosting;

namespace IMU.Runtime.Storage.Sqlite;

/// <summary>
/// Grain state in one SQLite file (WAL, synchronous=FULL by default). Writes from all activations
/// are group-committed by a single writer: one transaction and one flush per batch, each caller
/// released only once its write is durable. Reads use pooled connections beside the writer.
/// A clear sets the payload to NULL and bumps the version (the row stays), so ETags are never reused.
/// Call <see cref="InitializeAsync"/> once at silo start: it creates or migrates the schema.
/// </summary>
public sealed class SqliteGrainStateStorage : IGrainStateStorage, IAsyncDisposable, IKillable
{
    private const string SelectSql =
        "SELECT payload, version FROM grain_state WHERE grain_type = $type AND grain_key = $key AND state_name = $state AND payload IS NOT NULL;";

    private readonly SqliteStorageOptions _options;
    private readonly SqliteConnectionFactory _connections;
    private readonly TimeProvider _timeProvider;
    private GroupCommitWriter? _writer;
    private int _stopped;

    /// <summary>Creates the storage; nothing touches the file until <see cref="InitializeAsync"/>.</summary>
    /// <param name="options">The file and durability settings.</param>
    /// <param name="timeProvider">The clock for modification times; the system clock when null.</param>
    public SqliteGrainStateStorage(SqliteStorageOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _connections = new SqliteConnectionFactory(options);
        _options = options;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>How many group-commit transactions were committed; lets tests and metrics see the batching.</summary>
    internal long CommittedBatches => _writer?.CommittedBatches ?? 0;

    /// <summary>Creates or migrates the schema and starts the group-commit writer.</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>A task that completes when the storage accepts writes.</returns>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (_writer is not null)
        {
            throw new InvalidOperationException("The SQLite grain state storage is already initialized.");
        }

        var connection = await _connections.OpenDedicatedAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await SqliteMigrator.MigrateAsync(connection, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        _writer = new GroupCommitWriter(connection, _timeProvider, _options.MaxBatchSize);
    }

    /// <inheritdoc />
    public async Task<GrainStateRecord?> ReadAsync(string stateName, GrainId grainId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stateName);
        ThrowIfNotRunning();
        var connection = await _connections.OpenPooledAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = SelectSql;
                command.Parameters.AddWithValue("$type", grainId.Type);
                command.Parameters.AddWithValue("$key", grainId.Key);
                command.Parameters.AddWithValue("$state", stateName);
                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        return null;
                    }

                    var payload = reader.GetFieldValue<byte[]>(0);
                    var version = reader.GetInt64(1);
                    return new GrainStateRecord(payload, version.ToString(CultureInfo.InvariantCulture));
                }
            }
        }
    }

    /// <inheritdoc />
    public Task<string> WriteAsync(string stateName, GrainId grainId, ReadOnlyMemory<byte> payload, string? expectedETag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stateName);
        return Enqueue(new StateWriteOperation(stateName, grainId, ToArray(payload), isClear: false, expectedETag), cancellationToken);
    }

    /// <inheritdoc />
    public Task ClearAsync(string stateName, GrainId grainId, string? expectedETag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stateName);
        return Enqueue(new StateWriteOperation(stateName, grainId, payload: null, isClear: true, expectedETag), cancellationToken);
    }

    /// <summary>Commits every write already queued, then closes the file.</summary>
    /// <returns>A task that completes when the file is closed.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 0 && _writer is not null)
        {
            await _writer.DisposeAsync().ConfigureAwait(false);
        }

        _connections.ClearPool();
    }

    /// <summary>
    /// Stops as if the process died: queued and in-flight writes are dropped (their tasks fail),
    /// acknowledged writes stay durable, and the file is closed. A killed silo calls this.
    /// </summary>
    async ValueTask IKillable.KillAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 0 && _writer is not null)
        {
            await _writer.KillAsync().ConfigureAwait(false);
        }

        _connections.ClearPool();
    }

    /// <summary>Uses the caller's array as is when the memory is a whole array: the caller awaits the write before reusing it.</summary>
    private static byte[] ToArray(ReadOnlyMemory<byte> payload) =>
        MemoryMarshal.TryGetArray(payload, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : payload.ToArray();

    private Task<string> Enqueue(StateWriteOperation operation, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<string>(cancellationToken);
        }

        if (NotRunning() is { } error)
        {
            return Task.FromException<string>(error);
        }

        operation.RegisterCancellation(cancellationToken);
        _writer!.Enqueue(operation);
        return operation.Task;
    }

    private void ThrowIfNotRunning()
    {
        if (NotRunning() is { } error)
        {
            throw error;
        }
    }

    private Exception? NotRunning() =>
        Volatile.Read(ref _stopped) != 0 ? new ObjectDisposedException(nameof(SqliteGrainStateStorage), "The SQLite grain state storage is shut down.")
        : _writer is null ? new InvalidOperationException("Call InitializeAsync on the SQLite grain state storage at silo start before using it.")
        : null;
}
