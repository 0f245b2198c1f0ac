using System.Runtime.InteropServices;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace IMU.Silo.Storage;

/// <summary>
/// An Orleans grain storage whose writes from all activations are group-committed by one
/// <see cref="GroupCommitWriter"/>: one transaction (one flush) per batch, each caller released only
/// once its write is durable. The ETag is the row's version; a stale ETag throws
/// <see cref="InconsistentStateException"/> and writes nothing. A clear sets the payload to NULL and
/// bumps the version (the row stays), so ETags are never reused. State is stored through the
/// <see cref="IGrainStorageSerializer"/> given (System.Text.Json in IMU's silo).
/// </summary>
public abstract class GroupCommitGrainStorage : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>, IAsyncDisposable
{
    private readonly IGrainStorageSerializer _serializer;
    private readonly IActivatorProvider _activators;
    private GroupCommitWriter? _writer;
    private int _stopped;

    private protected GroupCommitGrainStorage(string name, IGrainStorageSerializer serializer, IActivatorProvider activators)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        _serializer = serializer ?? throw new ArgumentNullException(nameof(serializer));
        _activators = activators ?? throw new ArgumentNullException(nameof(activators));
    }

    /// <summary>The provider name, as in <c>[PersistentState("state", name)]</c>.</summary>
    public string Name { get; }

    /// <summary>How many group-commit transactions were committed; lets tests see the batching.</summary>
    internal long CommittedBatches => _writer?.CommittedBatches ?? 0;

    /// <summary>Opens the writer; the silo calls this at the application-services stage.</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>A task that completes when the storage accepts writes.</returns>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (_writer is not null)
        {
            throw new InvalidOperationException($"The grain storage '{Name}' is already initialized.");
        }

        _writer = await OpenWriterAsync(cancellationToken).ConfigureAwait(false);
        _writer.Start();
    }

    /// <inheritdoc />
    public void Participate(ISiloLifecycle lifecycle)
    {
        ArgumentNullException.ThrowIfNull(lifecycle);
        lifecycle.Subscribe(
            $"{GetType().Name}-{Name}",
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
        var stored = await ReadStoredAsync(GrainStateKey.From(stateName, grainId), cancellationToken).ConfigureAwait(false);
        if (stored is not { Payload: { } payload } row)
        {
            SetEmpty(grainState, GrainStateKey.FormatVersion(stored?.Version));
            return;
        }

        grainState.State = _serializer.Deserialize<T>(BinaryData.FromBytes(payload));
        grainState.ETag = GrainStateKey.FormatVersion(row.Version);
        grainState.RecordExists = true;
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

    /// <summary>Commits every write already queued, then releases the database.</summary>
    /// <returns>A task that completes when the storage is closed.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 0 && _writer is not null)
        {
            await _writer.DisposeAsync().ConfigureAwait(false);
        }

        await OnStoppedAsync().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// Stops as if the process died: queued and in-flight writes are dropped (their tasks fail),
    /// acknowledged writes stay durable. A killed silo does this.
    /// </summary>
    internal async ValueTask KillAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 0 && _writer is not null)
        {
            await _writer.KillAsync().ConfigureAwait(false);
        }

        await OnStoppedAsync().ConfigureAwait(false);
    }

    /// <summary>Reads one row with pooled connections beside the writer; null when there is none.</summary>
    private protected abstract Task<StoredGrainState?> ReadStoredAsync(GrainStateKey key, CancellationToken cancellationToken);

    /// <summary>Opens the writer and whatever it holds (a dedicated connection, a data source).</summary>
    private protected abstract Task<GroupCommitWriter> OpenWriterAsync(CancellationToken cancellationToken);

    /// <summary>Releases what reads hold once the storage stopped (pooled connections).</summary>
    private protected abstract ValueTask OnStoppedAsync();

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
        if (!GrainStateKey.TryParseVersion(eTag, out var expected))
        {
            throw new InconsistentStateException(
                $"The ETag '{eTag}' of state '{stateName}' of grain {grainId} was not issued by this storage.", storedEtag: null, currentEtag: eTag);
        }

        var operation = new StateWriteOperation(GrainStateKey.From(stateName, grainId), payload, expected);
        operation.RegisterCancellation(cancellationToken);
        _writer!.Enqueue(operation);
        return operation.Task;
    }

    private void ThrowIfNotRunning()
    {
        if (Volatile.Read(ref _stopped) != 0)
        {
            throw new ObjectDisposedException(GetType().Name, $"The grain storage '{Name}' is shut down.");
        }

        if (_writer is null)
        {
            throw new InvalidOperationException($"The grain storage '{Name}' is not initialized: the silo initializes it at start (call InitializeAsync when using it alone).");
        }
    }
}
