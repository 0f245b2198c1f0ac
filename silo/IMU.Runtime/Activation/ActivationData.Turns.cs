using System.Diagnostics;
using IMU.Runtime.Messaging;
using IMU.Runtime.Scheduling;

namespace IMU.Runtime.Activation;

/// <summary>
/// The turn-based scheduler of an activation. One thread-pool work item drains the activation's
/// queues; continuations always run, a new request starts only when the activation is valid and
/// either nothing else is in progress or the request may interleave. Grain code runs with the
/// activation's synchronization context, so its awaits come back to this queue.
/// </summary>
internal sealed partial class ActivationData : IThreadPoolWorkItem, IActivationWorkQueue
{
    private const int TurnsPerBatch = 64;

    private static readonly OperationCanceledException s_abandoned = new("The caller stopped waiting before the request started.");

    private readonly Lock _lock = new();
    private readonly Queue<GrainRequest> _requests = new();
    private readonly Queue<GrainRequest> _interleaving = new();
    private readonly Queue<(SendOrPostCallback Callback, object? State)> _continuations = new();
    private readonly List<GrainRequest> _running = [];
    private bool _scheduled;

    private enum WorkKind
    {
        Continuation,
        Start,
        Discard,
        Deactivate,
    }

    public void Post(SendOrPostCallback callback, object? state)
    {
        bool schedule;
        lock (_lock)
        {
            _continuations.Enqueue((callback, state));
            schedule = !_scheduled;
            _scheduled = true;
        }

        if (schedule)
        {
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
        }
    }

    /// <summary>Queues a request; false when the activation is gone and the caller must look up the grain again.</summary>
    public bool TryEnqueue(GrainRequest request)
    {
        bool schedule;
        lock (_lock)
        {
            if (_state == ActivationState.Invalid)
            {
                return false;
            }

            (request.AlwaysInterleaves || GrainClass.IsReentrant ? _interleaving : _requests).Enqueue(request);
            schedule = ScheduleIfRunnable();
        }

        if (schedule)
        {
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
        }

        return true;
    }

    public void Execute()
    {
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(_synchronizationContext);
        try
        {
            for (var i = 0; i < TurnsPerBatch; i++)
            {
                WorkKind kind;
                GrainRequest? request;
                (SendOrPostCallback Callback, object? State) continuation;
                lock (_lock)
                {
                    if (!TryTakeNext(out kind, out request, out continuation))
                    {
                        _scheduled = false;
                        return;
                    }
                }

                Run(kind, request, continuation);
            }
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }

        // Yield the thread so other activations get their turns; this activation stays scheduled.
        ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
    }

    private bool TryTakeNext(out WorkKind kind, out GrainRequest? request, out (SendOrPostCallback Callback, object? State) continuation)
    {
        request = null;
        if (_continuations.TryDequeue(out continuation))
        {
            kind = WorkKind.Continuation;
            return true;
        }

        kind = WorkKind.Start;
        if (_state != ActivationState.Valid)
        {
            return false;
        }

        if (_deactivationRequested && _running.Count == 0)
        {
            _state = ActivationState.Deactivating;
            kind = WorkKind.Deactivate;
            return true;
        }

        if (!_interleaving.TryDequeue(out request) && (_running.Count > 0 || _deactivationRequested || !_requests.TryDequeue(out request)))
        {
            return false;
        }

        if (request.IsAbandoned)
        {
            kind = WorkKind.Discard;
            return true;
        }

        _running.Add(request);
        return true;
    }

    private void Run(WorkKind kind, GrainRequest? request, (SendOrPostCallback Callback, object? State) continuation)
    {
        switch (kind)
        {
            case WorkKind.Continuation:
                continuation.Callback(continuation.State);
                break;
            case WorkKind.Start:
                StartTurn(request!);
                break;
            case WorkKind.Discard:
                request!.Respond(s_abandoned, copyError: false);
                break;
            case WorkKind.Deactivate:
                _ = DeactivateAsync();
                break;
        }
    }

    private void StartTurn(GrainRequest request)
    {
        var activity = request.Activity;
        var callerActivity = activity is null ? null : Activity.Current;
        RequestContext.Current = request;
        if (activity is not null)
        {
            Activity.Current = activity;
        }

        ValueTask pending;
        try
        {
            pending = request.StartAsync(this);
        }
        finally
        {
            RequestContext.Current = null;
            if (activity is not null)
            {
                Activity.Current = callerActivity;
            }
        }

        if (pending.IsCompleted)
        {
            CompleteTurn(request, pending);
        }
        else
        {
            pending.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(() => CompleteTurn(request, pending));
        }
    }

    private void CompleteTurn(GrainRequest request, ValueTask pending)
    {
        Exception? error = null;
        try
        {
            pending.GetAwaiter().GetResult();
        }
        catch (Exception exception)
        {
            error = exception;
        }

        request.Respond(error);
        bool schedule;
        lock (_lock)
        {
            _running.Remove(request);
            _lastActive = _catalog.TimeProvider.GetTimestamp();
            _deactivationRequested |= _stale;
            schedule = ScheduleIfRunnable();
        }

        if (schedule)
        {
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
        }
    }

    /// <summary>Under the lock: marks the activation scheduled when it has work it can run now.</summary>
    private bool ScheduleIfRunnable()
    {
        if (_scheduled)
        {
            return false;
        }

        var runnable = _continuations.Count > 0
            || (_state == ActivationState.Valid
                && ((_deactivationRequested && _running.Count == 0)
                    || _interleaving.Count > 0
                    || (_running.Count == 0 && _requests.Count > 0)));
        _scheduled = runnable;
        return runnable;
    }

    /// <summary>Under the lock: takes every queued request out, for failing or re-routing them.</summary>
    private List<GrainRequest> DrainQueued()
    {
        var drained = new List<GrainRequest>(_requests.Count + _interleaving.Count);
        drained.AddRange(_interleaving);
        drained.AddRange(_requests);
        _interleaving.Clear();
        _requests.Clear();
        return drained;
    }
}
