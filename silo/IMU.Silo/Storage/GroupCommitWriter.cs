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
    private readonly CancellationTokenSource _kill = new();
    private Task _loop = Task.CompletedTask;
    private long _committedBatches;

    protected GroupCommitWriter(int maxBatchSize)
    {
        _maxBatchSize = maxBatchSize;
    }

    /// <summary>How many transactions were committed; with group commit far fewer than the writes.</summary>
    public long CommittedBatches => Volatile.Read(ref _committedBatches);

    /// <summary>Starts taking writes; called once the derived writer is fully constructed.</summary>
    public void Start() => _loop = CommitsSynchronously ? RunOnDedicatedThread() : Task.Run(RunAsync);

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

    /// <summary>
    /// True when <see cref="CommitAsync"/> blocks (SQLite's flush is a synchronous fsync): the writer
    /// then gets a thread of its own, so a flush never holds one of the few thread-pool threads the
    /// silo's grains run on.
    /// </summary>
    protected virtual bool CommitsSynchronously => false;

    /// <summary>
    /// How many batches may be committing at once. More than one lets a write queued during a commit
    /// start its own commit at once instead of waiting a whole flush for the batch ahead, and lets the
    /// database flush those commits together. Overlapping batches are safe: every statement checks the
    /// version in the database, and an activation queues its next write only after the previous one completed.
    /// </summary>
    protected virtual int MaxBatchesInFlight => 1;

    private static ObjectDisposedException Stopped() => new(nameof(GroupCommitWriter), "The grain storage is shut down.");

    private static ObjectDisposedException Killed() => new(nameof(GroupCommitWriter), "The grain storage was killed before this write committed.");

    private Task RunOnDedicatedThread()
    {
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                // Blocking is the point: this thread exists only to wait for writes and flush them.
                while (WaitForWork().AsTask().GetAwaiter().GetResult())
                {
                    if (TakeBatch() is { } batch)
                    {
                        CommitBatchAsync(batch).GetAwaiter().GetResult();
                    }
                }

                stopped.SetResult();
            }
            catch (OperationCanceledException) when (_kill.IsCancellationRequested)
            {
                stopped.SetResult();
            }
            catch (Exception ex)
            {
                stopped.SetException(ex);
            }
        })
        {
            IsBackground = true,
            Name = "IMU grain storage writer",
        };
        thread.Start();
        return stopped.Task;
    }

    private async Task RunAsync()
    {
        var inFlight = new List<Task>(MaxBatchesInFlight);
        try
        {
            while (await WaitForWork().ConfigureAwait(false))
            {
                if (inFlight.Count >= MaxBatchesInFlight)
                {
                    // Writes keep queueing meanwhile; the next batch takes them all.
                    await Task.WhenAny(inFlight).ConfigureAwait(false);
                    inFlight.RemoveAll(commit => commit.IsCompleted);
                }

                if (TakeBatch() is { } batch)
                {
                    inFlight.Add(CommitBatchAsync(batch));
                }
            }
        }
        catch (OperationCanceledException) when (_kill.IsCancellationRequested)
        {
            // Killed: the batches in flight fail themselves below.
        }

        await Task.WhenAll(inFlight).ConfigureAwait(false);
    }

    private ValueTask<bool> WaitForWork() => _queue.Reader.WaitToReadAsync(_kill.Token);

    /// <summary>Takes everything queued, up to the bound, that its caller has not cancelled; null when nothing is left.</summary>
    private List<StateWriteOperation>? TakeBatch()
    {
        List<StateWriteOperation>? batch = null;
        while ((batch?.Count ?? 0) < _maxBatchSize && _queue.Reader.TryRead(out var operation))
        {
            if (operation.TryTake())
            {
                (batch ??= []).Add(operation);
            }
        }

        return batch;
    }

    /// <summary>Commits one batch and settles its callers; never throws, every failure goes to the batch's callers.</summary>
    private async Task CommitBatchAsync(List<StateWriteOperation> batch)
    {
        try
        {
            await CommitAsync(batch, _kill.Token).ConfigureAwait(false);
            Interlocked.Increment(ref _committedBatches);
        }
        catch (Exception ex)
        {
            var failure = ex is OperationCanceledException && _kill.IsCancellationRequested ? Killed() : ex;
            foreach (var operation in batch)
            {
                operation.Fail(failure);
            }

            return;
        }

        foreach (var operation in batch)
        {
            operation.Complete();
        }
    }
}
