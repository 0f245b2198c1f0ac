namespace IMU.Runtime.Storage.Sqlite;

/// <summary>
/// One queued write or clear. Its task completes only after the batch it was in has committed (or
/// failed); until the writer takes it, the caller's cancellation removes it from the batch.
/// </summary>
internal sealed class StateWriteOperation
{
    private const int Queued = 0;
    private const int Taken = 1;
    private const int Cancelled = 2;

    private readonly TaskCompletionSource<string> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private CancellationTokenRegistration _registration;
    private int _state;
    private string? _newETag;
    private Exception? _conflict;

    public StateWriteOperation(string stateName, GrainId grainId, byte[]? payload, bool isClear, string? expectedETag)
    {
        StateName = stateName;
        GrainId = grainId;
        Payload = payload;
        IsClear = isClear;
        ExpectedETag = expectedETag;
    }

    public string StateName { get; }

    public GrainId GrainId { get; }

    /// <summary>The bytes to store; null for a clear.</summary>
    public byte[]? Payload { get; }

    public bool IsClear { get; }

    public string? ExpectedETag { get; }

    public Task<string> Task => _completion.Task;

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
    public void SetOutcome(string? newETag, Exception? conflict)
    {
        _newETag = newETag;
        _conflict = conflict;
    }

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
            _completion.TrySetResult(_newETag!);
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
