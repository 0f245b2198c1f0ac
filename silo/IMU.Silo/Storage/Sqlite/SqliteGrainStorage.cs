using System.Runtime.InteropServices;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace IMU.Silo.Storage.Sqlite;

/// <summary>
/// Orleans grain storage in one SQLite file (WAL, synchronous=FULL by default). Writes from all
/// activations are group-committed by a single writer: one transaction and one flush per batch,
/// each caller released only once its write is durable. The ETag is the row's version; a stale
/// ETag throws <see cref="InconsistentStateException"/>. A clear sets the payload to NULL and bumps
/// the version (the row stays), so ETags are never reused. Reads use pooled connections beside the
/// writer. The schema comes from deploy/sql/sqlite, applied by the migrator at silo start.
/// </summary>
public sealed class SqliteGrainStorage : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>, IAsyncDisposable
{
    private const string SelectSql =
        "SELECT payload, version FROM imu_grain_state WHERE grain_type = $type AND grain_key = $key AND state_name = $state;";

    private readonly string _name;
    private readonly SqliteGrainStorageOptions _options;
    private readonly SqliteConnectionFactory _connections;
    private readonly IGrainStorageSerializer _serializer;
    private readonly IActivatorProvider _activators;
    private readonly TimeProvider _timeProvider;
    private SqliteGroupCommitWriter? _writer;
    private int _stopped;

    /// <summary>Creates the storage; nothing touches the file until <see cref="InitializeAsync"/>.</summary>
    /// <param name="name">The provider name, as in <c>[PersistentState("state", name)]</c>.</param>
    /// <param name="options">The file and durability settings.</param>
    /// <param name="serializer">Turns state into the stored bytes and back.</param>
    /// <param name="activators">Creates the empty state of a grain that has none stored.</param>
    /// <param name="timeProvider">The clock for modification times.</param>
    public SqliteGrainStorage(string name, SqliteGrainStorageOptions options, IGrainStorageSerializer serializer, IActivatorProvider activators, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(serializer);
        ArgumentNullException.ThrowIfNull(activators);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        _name = name;
        _options = options;
        _connections = new SqliteConnectionFactory(options.DataSource, options.Synchronous);
        _serializer = serializer;
        _activators = activators;
        _timeProvider = timeProvider;
    }

    /// <summary>How many group-commit transactions were committed; lets tests see the batching.</summary>
    internal long CommittedBatches => _writer?.CommittedBatches ?? 0;

    /// <summary>Opens the writer's connection; the silo calls this at the application-services stage.</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>A task that completes when the storage accepts writes.</returns>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (_writer is not null)
        {
            throw new InvalidOperationException($"The SQLite grain storage '{_name}' is already initialized.");
        }

        var connection = await _connections.OpenDedicatedAsync(cancellationToken).ConfigureAwait(false);
        _writer = new SqliteGroupCommitWriter(connection, _timeProvider, _options.MaxBatchSize);
        _writer.Start();
    }

    /// <inheritdoc />
    public void Participate(ISiloLifecycle lifecycle)
    {
        ArgumentNullException.ThrowIfNull(lifecycle);
        lifecycle.Subscribe(
            $"{nameof(SqliteGrainStorage)}-{_name}",
            ServiceLifecycleStage.ApplicationServices,
            InitializeAsync,
            async cancellationToken =>
            {
                // A stop whose token is already cancelled is a kill: drop what is not yet committed.
                if (cancellationToken.IsCancellationRequested)
                {
                    await KillAsync().ConfigureAwait(false);
                }
                else
                {
                    await DisposeAsync().ConfigureAwait(false);
                }
            });
    }

    /// <inheritdoc />
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ReadStateAsync(stateName, grainId, grainState, CancellationToken.None);

    /// <inheritdoc />
    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stateName);
        ArgumentNullException.ThrowIfNull(grainState);
        ThrowIfNotRunning();
        var key = GrainStateKey.From(stateName, grainId);
        var connection = await _connections.OpenPooledAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = SelectSql;
                command.Parameters.AddWithValue("$type", key.GrainType);
                command.Parameters.AddWithValue("$key", key.GrainKey);
                command.Parameters.AddWithValue("$state", key.StateName);
                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        SetEmpty(grainState, eTag: null);
                        return;
                    }

                    var eTag = GrainStateKey.FormatVersion(reader.GetInt64(1));
                    if (reader.IsDBNull(0))
                    {
                        SetEmpty(grainState, eTag);
                        return;
                    }

                    grainState.State = _serializer.Deserialize<T>(BinaryData.FromBytes(reader.GetFieldValue<byte[]>(0)));
                    grainState.ETag = eTag;
                    grainState.RecordExists = true;
                }
            }
        }
    }

    /// <inheritdoc />
    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        WriteStateAsync(stateName, grainId, grainState, CancellationToken.None);

    /// <inheritdoc />
    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stateName);
        ArgumentNullException.ThrowIfNull(grainState);
        var payload = ToArray(_serializer.Serialize(grainState.State));
        var version = await EnqueueAsync(stateName, grainId, payload, grainState.ETag, cancellationToken).ConfigureAwait(false);
        grainState.ETag = GrainStateKey.FormatVersion(version);
        grainState.RecordExists = true;
    }

    /// <inheritdoc />
    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ClearStateAsync(stateName, grainId, grainState, CancellationToken.None);

    /// <inheritdoc />
    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stateName);
        ArgumentNullException.ThrowIfNull(grainState);
        var version = await EnqueueAsync(stateName, grainId, payload: null, grainState.ETag, cancellationToken).ConfigureAwait(false);
        SetEmpty(grainState, GrainStateKey.FormatVersion(version));
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
    /// acknowledged writes stay durable, and the file is closed. A killed silo does this.
    /// </summary>
    internal async ValueTask KillAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 0 && _writer is not null)
        {
            await _writer.KillAsync().ConfigureAwait(false);
        }

        _connections.ClearPool();
    }

    /// <summary>Uses the serializer's array as is when the memory is a whole array: the caller awaits the write before it is dropped.</summary>
    private static byte[] ToArray(BinaryData data)
    {
        var memory = data.ToMemory();
        return MemoryMarshal.TryGetArray(memory, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : memory.ToArray();
    }

    private void SetEmpty<T>(IGrainState<T> grainState, string? eTag)
    {
        grainState.State = _activators.GetActivator<T>().Create();
        grainState.ETag = eTag;
        grainState.RecordExists = false;
    }

    private Task<long?> EnqueueAsync(string stateName, GrainId grainId, byte[]? payload, string? eTag, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfNotRunning();
        var key = GrainStateKey.From(stateName, grainId);
        if (!GrainStateKey.TryParseVersion(eTag, out var expected))
        {
            throw new InconsistentStateException(
                $"The ETag '{eTag}' of state '{stateName}' of grain {grainId} was not issued by this storage.", storedEtag: null, currentEtag: eTag);
        }

        var operation = new StateWriteOperation(key, payload, expected);
        operation.RegisterCancellation(cancellationToken);
        _writer!.Enqueue(operation);
        return operation.Task;
    }

    private void ThrowIfNotRunning()
    {
        if (Volatile.Read(ref _stopped) != 0)
        {
            throw new ObjectDisposedException(nameof(SqliteGrainStorage), $"The SQLite grain storage '{_name}' is shut down.");
        }

        if (_writer is null)
        {
            throw new InvalidOperationException($"The SQLite grain storage '{_name}' is not initialized: the silo initializes it at start (call InitializeAsync when using it alone).");
        }
    }
}
