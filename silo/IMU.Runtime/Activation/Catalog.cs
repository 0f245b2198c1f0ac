using System.Collections.Concurrent;
using IMU.Runtime.Diagnostics;
using IMU.Runtime.Messaging;
using IMU.Runtime.Options;
using Microsoft.Extensions.Logging;

namespace IMU.Runtime.Activation;

/// <summary>
/// The activation table of a silo: exactly one activation per grain id (the first to claim the
/// slot wins), activation on first call, call-cycle detection before a request is queued, idle
/// collection and deadline sweeps on the silo's <see cref="TimeProvider"/>.
/// </summary>
internal sealed class Catalog : IDisposable
{
    private readonly ConcurrentDictionary<GrainId, ActivationData> _activations = new();
    private readonly IReadOnlyDictionary<string, GrainClass> _classes;
    private ITimer? _collector;
    private ITimer? _sweeper;
    private volatile bool _stopping;

    public Catalog(
        IReadOnlyDictionary<string, GrainClass> classes,
        GrainCallInvoker invoker,
        SiloOptions options,
        TimeProvider timeProvider,
        ReminderRegistry reminders,
        ILogger log)
    {
        _classes = classes;
        Invoker = invoker;
        Options = options;
        TimeProvider = timeProvider;
        Reminders = reminders;
        Log = log;
    }

    public GrainCallInvoker Invoker { get; }

    public SiloOptions Options { get; }

    public TimeProvider TimeProvider { get; }

    public ReminderRegistry Reminders { get; }

    public RuntimeMetrics Metrics => Invoker.Metrics;

    public ILogger Log { get; }

    public int ActivationCount => _activations.Count;

    public void Start()
    {
        var quantum = Options.CollectionQuantum;
        _collector = TimeProvider.CreateTimer(static s => ((Catalog)s!).CollectIdle(), this, quantum, quantum);
        var sweep = TimeSpan.FromTicks(Math.Clamp(Options.ResponseTimeout.Ticks / 10, TimeSpan.TicksPerMillisecond * 10, TimeSpan.TicksPerSecond));
        _sweeper = TimeProvider.CreateTimer(static s => ((Catalog)s!).SweepTimeouts(), this, sweep, sweep);
    }

    public void Dispatch(GrainRequest request)
    {
        if (_stopping)
        {
            request.Respond(new GrainCallFailedException($"The silo is stopping; {request.Description} on {request.Target} was not delivered."), copyError: false);
            return;
        }

        if (!_classes.TryGetValue(request.Target.Type, out var grainClass))
        {
            request.Respond(new InvalidOperationException($"No grain class is registered for grain type '{request.Target.Type}'; add it to the silo with AddGrain<T>()."), copyError: false);
            return;
        }

        if (!request.AlwaysInterleaves && !grainClass.IsReentrant && request.IsWaitingUpChain(request.Target))
        {
            request.Respond(new GrainCallDeadlockException(request.CallChain()), copyError: false);
            return;
        }

        var spin = default(SpinWait);
        while (true)
        {
            if (!_activations.TryGetValue(request.Target, out var activation))
            {
                var created = new ActivationData(request.Target, grainClass, this);
                if (!_activations.TryAdd(request.Target, created))
                {
                    continue;
                }

                activation = created;
                created.Start();
            }

            if (activation.TryEnqueue(request))
            {
                return;
            }

            // The activation found is finishing its deactivation and about to leave the table.
            spin.SpinOnce();
        }
    }

    public Task DeliverReminderAsync(GrainId grainId, string reminderName, TickStatus status)
    {
        var request = new ReminderTickRequest(grainId, reminderName, status, Invoker.DeadlineFromNow());
        Dispatch(request);
        return request.Task;
    }

    public void Remove(ActivationData activation) =>
        _activations.TryRemove(KeyValuePair.Create(activation.GrainId, activation));

    /// <summary>Graceful stop: every activation runs <c>OnDeactivateAsync</c> after its current call.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        StopTimers();
        _stopping = true;
        var all = _activations.Values.ToList();
        foreach (var activation in all)
        {
            activation.RequestDeactivation();
        }

        await Task.WhenAll(all.Select(a => a.Deactivated)).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Abrupt loss: activations vanish without deactivation hooks or state writes.</summary>
    public void Kill()
    {
        _stopping = true;
        StopTimers();
        foreach (var activation in _activations.Values)
        {
            activation.Kill();
        }

        _activations.Clear();
    }

    public void Dispose() => StopTimers();

    private void StopTimers()
    {
        _collector?.Dispose();
        _sweeper?.Dispose();
    }

    private void CollectIdle()
    {
        var now = TimeProvider.GetTimestamp();
        var age = (long)(Options.CollectionAge.TotalSeconds * TimeProvider.TimestampFrequency);
        foreach (var activation in _activations.Values)
        {
            activation.CollectIfIdle(now, age);
        }
    }

    private void SweepTimeouts()
    {
        var now = TimeProvider.GetTimestamp();
        foreach (var activation in _activations.Values)
        {
            activation.SweepTimeouts(now, Options.ResponseTimeout);
        }
    }
}
