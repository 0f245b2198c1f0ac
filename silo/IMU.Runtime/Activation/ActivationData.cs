using IMU.Runtime.Invocation;
using IMU.Runtime.Messaging;
using IMU.Runtime.Scheduling;
using Microsoft.Extensions.Logging;

namespace IMU.Runtime.Activation;

/// <summary>
/// One activation of one grain: creates the grain object, reads its persistent state, runs
/// <c>OnActivateAsync</c>, serves requests as turns, owns its timers, and deactivates when idle,
/// when asked, or when a state write found it stale.
/// </summary>
internal sealed partial class ActivationData : IGrainContext
{
    private readonly Catalog _catalog;
    private readonly ActivationSynchronizationContext _synchronizationContext;
    private readonly List<GrainTimer> _timers = [];
    private readonly List<Func<CancellationToken, Task>> _stateReaders = [];
    private readonly TaskCompletionSource _deactivated = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ActivationState _state = ActivationState.Creating;
    private bool _deactivationRequested;
    private volatile bool _stale;
    private long _lastActive;

    public ActivationData(GrainId grainId, GrainClass grainClass, Catalog catalog)
    {
        GrainId = grainId;
        GrainClass = grainClass;
        _catalog = catalog;
        Codec = catalog.Invoker.GetCodec(grainClass.Metadata);
        _synchronizationContext = new ActivationSynchronizationContext(this);
    }

    public GrainId GrainId { get; }

    public GrainClass GrainClass { get; }

    public GrainInterfaceMetadata Metadata => GrainClass.Metadata;

    public object Codec { get; }

    public object Grain { get; private set; } = null!;

    public IGrainFactory GrainFactory => _catalog.Invoker;

    public Catalog Catalog => _catalog;

    /// <summary>Completes once the activation is gone (deactivated, failed or killed).</summary>
    public Task Deactivated => _deactivated.Task;

    /// <summary>Starts activating; called once by the catalog after this activation won the table slot.</summary>
    public void Start()
    {
        lock (_lock)
        {
            _state = ActivationState.Activating;
        }

        Post(static s => _ = ((ActivationData)s!).ActivateAsync(), this);
    }

    public void DeactivateOnIdle() => RequestDeactivation();

    public void RequestDeactivation()
    {
        bool schedule;
        lock (_lock)
        {
            _deactivationRequested = true;
            schedule = ScheduleIfRunnable();
        }

        if (schedule)
        {
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
        }
    }

    /// <summary>A state write met a newer ETag: this activation is a zombie and goes away after the current call.</summary>
    public void MarkStale() => _stale = true;

    public void AddStateReader(Func<CancellationToken, Task> reader) => _stateReaders.Add(reader);

    public IGrainTimer RegisterTimer(Func<object?, CancellationToken, Task> callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new GrainTimer(this, callback, state);
        lock (_lock)
        {
            if (_state is ActivationState.Deactivating or ActivationState.Invalid)
            {
                throw new InvalidOperationException($"Grain {GrainId} is deactivating; it cannot register timers.");
            }

            _timers.Add(timer);
        }

        timer.Change(dueTime, period);
        return timer;
    }

    public void RemoveTimer(GrainTimer timer)
    {
        lock (_lock)
        {
            _timers.Remove(timer);
        }
    }

    public Task<IGrainReminder> RegisterOrUpdateReminder(string reminderName, TimeSpan dueTime, TimeSpan period)
    {
        if (Grain is not IRemindable)
        {
            throw new InvalidOperationException($"{GrainClass.Type.Name} registers reminder '{reminderName}' but does not implement IRemindable.");
        }

        return _catalog.Reminders.RegisterOrUpdateAsync(GrainId, reminderName, dueTime, period);
    }

    public Task UnregisterReminder(IGrainReminder reminder) => _catalog.Reminders.UnregisterAsync(GrainId, reminder);

    public Task<IGrainReminder?> GetReminder(string reminderName) => _catalog.Reminders.GetAsync(GrainId, reminderName);

    /// <summary>Idle collection: asks for deactivation when nothing ran for <paramref name="ageTicks"/>.</summary>
    public void CollectIfIdle(long now, long ageTicks)
    {
        lock (_lock)
        {
            if (_state != ActivationState.Valid || _running.Count > 0 || _requests.Count > 0 || _interleaving.Count > 0 || now - _lastActive < ageTicks)
            {
                return;
            }
        }

        RequestDeactivation();
    }

    /// <summary>Fails every queued or running request whose deadline passed; the activation itself goes on.</summary>
    public void SweepTimeouts(long now, TimeSpan timeout)
    {
        List<GrainRequest>? expired = null;
        lock (_lock)
        {
            foreach (var request in _running.Concat(_interleaving).Concat(_requests))
            {
                if (request.Deadline <= now && !request.IsAbandoned)
                {
                    (expired ??= []).Add(request);
                }
            }
        }

        if (expired is not null)
        {
            foreach (var request in expired)
            {
                request.TimeOut(timeout);
            }
        }
    }

    /// <summary>The silo died: no deactivation hooks, no state flush; pending callers learn that the silo is gone.</summary>
    public void Kill()
    {
        List<GrainRequest> pending;
        lock (_lock)
        {
            if (_state == ActivationState.Invalid)
            {
                return;
            }

            _state = ActivationState.Invalid;
            pending = DrainQueued();
            pending.AddRange(_running);
        }

        DisposeTimers();
        var error = new GrainCallFailedException($"The silo hosting grain {GrainId} was killed.");
        foreach (var request in pending)
        {
            request.Respond(error, copyError: false);
        }

        _deactivated.TrySetResult();
    }

    private async Task ActivateAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(_catalog.Options.ActivationTimeout, _catalog.TimeProvider);
            Grain = GrainClass.CreateInstance(this);
            foreach (var reader in _stateReaders)
            {
                await reader(timeout.Token);
            }

            if (Grain is Grain grain)
            {
                await grain.OnActivateAsync(timeout.Token);
            }
        }
        catch (Exception exception)
        {
            _catalog.Log.LogWarning(exception, "Activation of grain {GrainId} failed", GrainId);
            FailActivation(exception);
            return;
        }

        bool schedule;
        lock (_lock)
        {
            _state = ActivationState.Valid;
            _lastActive = _catalog.TimeProvider.GetTimestamp();
            schedule = ScheduleIfRunnable();
        }

        _catalog.Metrics.ActivationCreated();
        if (schedule)
        {
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
        }
    }

    private void FailActivation(Exception exception)
    {
        DisposeTimers();
        _catalog.Remove(this);
        List<GrainRequest> pending;
        lock (_lock)
        {
            _state = ActivationState.Invalid;
            pending = DrainQueued();
        }

        foreach (var request in pending)
        {
            request.Respond(exception);
        }

        _deactivated.TrySetResult();
    }

    private async Task DeactivateAsync()
    {
        DisposeTimers();
        if (Grain is Grain grain)
        {
            try
            {
                using var timeout = new CancellationTokenSource(_catalog.Options.DeactivationTimeout, _catalog.TimeProvider);
                await grain.OnDeactivateAsync(timeout.Token);
            }
            catch (Exception exception)
            {
                _catalog.Log.LogWarning(exception, "OnDeactivateAsync of grain {GrainId} failed", GrainId);
            }
        }

        _catalog.Remove(this);
        List<GrainRequest> pending;
        lock (_lock)
        {
            _state = ActivationState.Invalid;
            pending = DrainQueued();
        }

        _catalog.Metrics.ActivationDestroyed();
        _deactivated.TrySetResult();

        // Requests that arrived while deactivating go to a fresh activation.
        foreach (var request in pending)
        {
            _catalog.Dispatch(request);
        }
    }

    private void DisposeTimers()
    {
        GrainTimer[] timers;
        lock (_lock)
        {
            timers = [.. _timers];
            _timers.Clear();
        }

        foreach (var timer in timers)
        {
            timer.Stop();
        }
    }
}
