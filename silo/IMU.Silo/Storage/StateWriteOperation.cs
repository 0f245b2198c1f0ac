namespace IMU.Silo.Storage;

/// <summary>
/// One queued write or clear of one grain's state. Its task completes only after the batch it was in
/// has committed (or failed); until the writer takes it, the caller's cancellation removes it.
/// </summary>
internal sealed class StateWriteOperation
{
    private const int Queued = 0;
    private const int Taken = 1;
    private const int Cancelled = 2;

    private readonly TaskCompletionSource<long?> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private CancellationTokenRegistration _registration;
    private int _state;
    private long? _newVersion;
    private Exception? _conflict;

    public StateWriteOperation(GrainStateKey key, byte[]? payload, long? expectedVersion)
    {
        Key = key;
        Payload = payload;
        ExpectedVersion = expectedVersion;
    }

    public GrainStateKey Key { get; }

    /// <summary>The bytes to store; null for a clear.</summary>
    public byte[]? Payload { get; }

    public bool IsClear => Payload is null;

    /// <summary>The version (ETag) the caller last saw; null when it saw no stored state.</summary>
    public long? ExpectedVersion { get; }

    /// <summary>The new version once committed; null after clearing what was never stored.</summary>
    public Task<long?> Task => _completion.Task;

    public void RegisterCancellation(CancellationToken cancellationToken)
    {
        if (cancellationToken.CanBeCanceled)
        {
            _registration = cancellationToken.UnsafeRegister(
                static (state, token) => ((StateWriteOperation)state!).TryCancel(token),
                this);
        }
    }

    /// <summary>Claims the operation for a batch; false when the caller already cancelled it.</summary>
    public bool TryTake() => Interlocked.CompareExchange(ref _state, Taken, Queued) == Queued;

    /// <summary>Records the outcome inside the transaction; it is published only after the commit.</summary>
    public void SetOutcome(long? newVersion) => (_newVersion, _conflict) = (newVersion, null);

    /// <summary>Records an ETag conflict inside the transaction; it is published only after the commit.</summary>
    public void SetConflict(long? storedVersion) =>
        _conflict = new Orleans.Storage.InconsistentStateException(
            $"The {(IsClear ? "clear" : "write")} of state '{Key.StateName}' of grain {Key.GrainType}/{Key.GrainKey} was refused: the stored ETag differs from the one this activation read.",
            GrainStateKey.FormatVersion(storedVersion),
            GrainStateKey.FormatVersion(ExpectedVersion));

    /// <summary>Publishes the recorded outcome once the batch is durable.</summary>
    public void Complete()
    {
        _registration.Dispose();
        if (_conflict is not null)
        {
            _completion.TrySetException(_conflict);
        }
        else
        {
            _completion.TrySetResult(_newVersion);
        }
    }

    public void Fail(Exception exception)
    {
        _registration.Dispose();
        _completion.TrySetException(exception);
    }

    private void TryCancel(CancellationToken token)
    {
        if (Interlocked.CompareExchange(ref _state, Cancelled, Queued) == Queued)
        {
            _completion.TrySetCanceled(token);
        }
    }
}
