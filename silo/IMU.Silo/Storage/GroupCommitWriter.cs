using System.Threading.Channels;

namespace IMU.Silo.Storage;

/// <summary>
/// The single writer behind a group-commit grain storage: it takes everything queued (up to the
/// batch bound), lets the database-specific <see cref="CommitAsync"/> run each write as a
/// version-checked statement in ONE transaction, and completes the callers only after that commit
/// returned, so one flush serves the whole batch. An ETag conflict fails only its own write; a
/// failed commit fails every write of the batch.
/// </summary>
internal abstract class GroupCommitWriter : IAsyncDisposable
{
    private readonly Channel<StateWriteOperation> _queue = Channel.CreateUnbounded<StateWriteOperation>(
        new UnboundedChannelOptions { SingleReader = true, AllowSynchronousContinuations = false });

    private readonly int _maxBatchSize;
    private readonly List<StateWriteOperation> _batch;
    private readonly CancellationTokenSource _kill = new();
    private Task _loop = Task.CompletedTask;
    private long _committedBatches;

    protected GroupCommitWriter(int maxBatchSize)
    {
        _maxBatchSize = maxBatchSize;
        _batch = new List<StateWriteOperation>(maxBatchSize);
    }

    /// <summary>How many transactions were committed; with group commit far fewer than the writes.</summary>
    public long CommittedBatches => Volatile.Read(ref _committedBatches);

    /// <summary>Starts taking writes; called once the derived writer is fully constructed.</summary>
    public void Start() => _loop = Task.Run(RunAsync);

    public void Enqueue(StateWriteOperation operation)
    {
        if (!_queue.Writer.TryWrite(operation))
        {
            operation.Fail(Stopped());
        }
    }

    /// <summary>Commits everything already queued, then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
        await CloseAsync().ConfigureAwait(false);
        _kill.Dispose();
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
        while (_queue.Reader.TryRead(out var operation))
        {
            operation.Fail(Killed());
        }

        await CloseAsync().ConfigureAwait(false);
        _kill.Dispose();
    }

    /// <summary>
    /// Runs every operation of the batch inside one transaction, recording each outcome with
    /// <see cref="StateWriteOperation.SetOutcome"/> or <see cref="StateWriteOperation.SetConflict"/>,
    /// and commits. It must check <paramref name="killToken"/> right before the commit, so a kill
    /// looks like a crash before the flush. Throwing fails the whole batch.
    /// </summary>
    protected abstract Task CommitAsync(IReadOnlyList<StateWriteOperation> batch, CancellationToken killToken);

    /// <summary>Releases the connection or data source the writer holds.</summary>
    protected abstract ValueTask CloseAsync();

    private static ObjectDisposedException Stopped() => new(nameof(GroupCommitWriter), "The grain storage is shut down.");

    private static ObjectDisposedException Killed() => new(nameof(GroupCommitWriter), "The grain storage was killed before this write committed.");

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
                    await CommitBatchAsync().ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (_kill.IsCancellationRequested)
        {
            // Killed while idle: nothing was in flight.
        }
    }

    private async Task CommitBatchAsync()
    {
        try
        {
            await CommitAsync(_batch, _kill.Token).ConfigureAwait(false);
            Interlocked.Increment(ref _committedBatches);
        }
        catch (Exception ex)
        {
            var failure = ex is OperationCanceledException && _kill.IsCancellationRequested ? Killed() : ex;
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
}
