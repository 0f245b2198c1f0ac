using IMU.Runtime.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace IMU.Runtime.Reminders;

/// <summary>
/// Runs durable reminders for one silo. At start it loads every schedule from the
/// <see cref="IReminderTable"/> and arms one timer per reminder on the injected
/// <see cref="TimeProvider"/>; each due tick goes to the <see cref="IReminderTickSink"/>.
/// Guarantees: at-least-once; ticks that fell due while the silo was down are caught up ONCE
/// (one tick for the latest missed time, not one per missed period); a failed or still-running
/// delivery is retried only at the next period; only schedules are stored, never ticks.
/// </summary>
public sealed partial class ReminderService : IHostedService, IAsyncDisposable, IKillable
{
    private readonly IReminderTable _table;
    private readonly IReminderTickSink _sink;
    private readonly TimeProvider _timeProvider;
    private readonly ReminderServiceOptions _options;
    private readonly ILogger _logger;
    private readonly Lock _lock = new();
    private readonly Dictionary<(GrainId GrainId, string Name), Schedule> _schedules = [];

    // Registrations and the start-up load go one at a time, so the timers always follow the table's last write.
    private readonly SemaphoreSlim _registrationGate = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private bool _running;
    private int _disposed;

    /// <summary>Creates the service; it does nothing until <see cref="StartAsync"/>.</summary>
    /// <param name="table">Where schedules are stored.</param>
    /// <param name="sink">Where due ticks go.</param>
    /// <param name="timeProvider">The only clock the service uses.</param>
    /// <param name="options">The minimum period.</param>
    /// <param name="logger">Delivery failures and skipped ticks; none when null.</param>
    public ReminderService(
        IReminderTable table,
        IReminderTickSink sink,
        TimeProvider timeProvider,
        ReminderServiceOptions options,
        ILogger<ReminderService>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        _table = table;
        _sink = sink;
        _timeProvider = timeProvider;
        _options = options;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>Loads every reminder and arms its timer; reminders already due get one catch-up tick now.</summary>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>A task that completes when every reminder is scheduled.</returns>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await _registrationGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_stopping.IsCancellationRequested, this);
            var entries = await _table.ReadAllAsync(cancellationToken).ConfigureAwait(false);
            lock (_lock)
            {
                _running = true;
            }

            foreach (var entry in entries)
            {
                Arm(entry);
            }
        }
        finally
        {
            _registrationGate.Release();
        }
    }

    /// <summary>Disarms every timer and waits for deliveries in flight (their token is cancelled).</summary>
    /// <param name="cancellationToken">Stops waiting for deliveries.</param>
    /// <returns>A task that completes when no delivery runs any more.</returns>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        var deliveries = Disarm();
        await _stopping.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(deliveries).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stops like a crashed process: no tick is handed out any more, deliveries in flight are cancelled, not awaited.</summary>
    ValueTask IKillable.KillAsync()
    {
        Disarm();
        return new ValueTask(_stopping.CancelAsync());
    }

    /// <summary>Stops the service if it still runs.</summary>
    /// <returns>A task that completes when the service stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await StopAsync(CancellationToken.None).ConfigureAwait(false);
        _stopping.Dispose();
        _registrationGate.Dispose();
    }

    /// <summary>Stores a new schedule for the reminder (replacing any old one) and arms it.</summary>
    /// <param name="grainId">The grain the reminder wakes.</param>
    /// <param name="name">The reminder's name, unique per grain.</param>
    /// <param name="dueTime">How long from now until the first tick.</param>
    /// <param name="period">The period; at least <see cref="ReminderServiceOptions.MinimumPeriod"/>.</param>
    /// <param name="cancellationToken">Cancels the registration.</param>
    /// <returns>The stored reminder with its ETag, needed to unregister it.</returns>
    public async Task<ReminderEntry> RegisterOrUpdateAsync(GrainId grainId, string name, TimeSpan dueTime, TimeSpan period, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(dueTime, TimeSpan.Zero);
        if (period < _options.MinimumPeriod)
        {
            throw new ArgumentOutOfRangeException(
                nameof(period),
                period,
                $"The period of reminder '{name}' of grain {grainId} is {period}, below the minimum {_options.MinimumPeriod} (ReminderServiceOptions.MinimumPeriod). Use a timer for shorter intervals.");
        }

        await _registrationGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var startAt = _timeProvider.GetUtcNow() + dueTime;
            var eTag = await _table.UpsertAsync(grainId, name, startAt, period, cancellationToken).ConfigureAwait(false);
            var entry = new ReminderEntry(grainId, name, startAt, period, eTag);
            Arm(entry);
            return entry;
        }
        finally
        {
            _registrationGate.Release();
        }
    }

    /// <summary>Deletes the reminder if it is still the version given, and disarms it.</summary>
    /// <param name="reminder">The reminder as last registered or read.</param>
    /// <param name="cancellationToken">Cancels the removal.</param>
    /// <returns>False when the reminder was changed or removed since (re-read it and decide again).</returns>
    public async Task<bool> UnregisterAsync(ReminderEntry reminder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        await _registrationGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!await _table.DeleteAsync(reminder.GrainId, reminder.Name, reminder.ETag, cancellationToken).ConfigureAwait(false))
            {
                return false;
            }

            lock (_lock)
            {
                if (_schedules.Remove((reminder.GrainId, reminder.Name), out var schedule))
                {
                    schedule.Timer.Dispose();
                }
            }

            return true;
        }
        finally
        {
            _registrationGate.Release();
        }
    }

    /// <summary>Reads one reminder of a grain, or null.</summary>
    /// <param name="grainId">The grain.</param>
    /// <param name="name">The reminder's name.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The stored reminder, or null.</returns>
    public Task<ReminderEntry?> GetReminderAsync(GrainId grainId, string name, CancellationToken cancellationToken) =>
        _table.ReadAsync(grainId, name, cancellationToken);

    /// <summary>Reads every reminder of a grain.</summary>
    /// <param name="grainId">The grain.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The grain's stored reminders.</returns>
    public Task<IReadOnlyList<ReminderEntry>> GetRemindersAsync(GrainId grainId, CancellationToken cancellationToken) =>
        _table.ReadAsync(grainId, cancellationToken);

    /// <summary>Disarms every timer so no tick is handed out any more; returns the deliveries still running.</summary>
    private Task[] Disarm()
    {
        lock (_lock)
        {
            _running = false;
            foreach (var schedule in _schedules.Values)
            {
                schedule.Timer.Dispose();
            }

            Task[] deliveries = [.. _schedules.Values.Select(s => s.Delivery)];
            _schedules.Clear();
            return deliveries;
        }
    }

    private void Arm(ReminderEntry entry)
    {
        Schedule schedule;
        lock (_lock)
        {
            if (!_running)
            {
                // Stored, and the next start loads it.
                return;
            }

            var key = (entry.GrainId, entry.Name);
            if (_schedules.Remove(key, out var previous))
            {
                previous.Timer.Dispose();
            }

            schedule = new Schedule(entry, TimeSpan.FromTicks(Math.Max(entry.Period.Ticks, _options.MinimumPeriod.Ticks)));
            schedule.Timer = _timeProvider.CreateTimer(
                state => OnDue((Schedule)state!),
                schedule,
                Timeout.InfiniteTimeSpan,
                Timeout.InfiniteTimeSpan);
            _schedules[key] = schedule;
        }

        OnDue(schedule);
    }

    /// <summary>
    /// Hands out the latest tick that is due and not yet handed out, then re-arms for the next one.
    /// Computing "latest due" (not "next after the last") is what collapses any number of missed
    /// periods, after a restart or a stalled timer, into one tick.
    /// </summary>
    private void OnDue(Schedule schedule)
    {
        ReminderTickStatus? tick = null;
        lock (_lock)
        {
            if (!_running || !_schedules.TryGetValue((schedule.Entry.GrainId, schedule.Entry.Name), out var current) || current != schedule)
            {
                return;
            }

            var now = _timeProvider.GetUtcNow();
            var next = schedule.Entry.StartAt;
            if (now >= next)
            {
                var due = next + (schedule.Period * ((now - next).Ticks / schedule.Period.Ticks));
                next = due + schedule.Period;
                if (due > schedule.LastTick)
                {
                    schedule.LastTick = due;
                    if (schedule.Delivering)
                    {
                        LogTickSkipped(_logger, schedule.Entry.Name, schedule.Entry.GrainId, due);
                    }
                    else
                    {
                        schedule.Delivering = true;
                        tick = new ReminderTickStatus(schedule.Entry.StartAt, schedule.Period, due);
                    }
                }
            }

            schedule.Timer.Change(next - now, Timeout.InfiniteTimeSpan);
        }

        if (tick is not null)
        {
            var delivery = DeliverAsync(schedule, tick);
            lock (_lock)
            {
                schedule.Delivery = delivery;
            }
        }
    }

    private async Task DeliverAsync(Schedule schedule, ReminderTickStatus tick)
    {
        try
        {
            await _sink.DeliverAsync(schedule.Entry.GrainId, schedule.Entry.Name, tick, _stopping.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !_stopping.IsCancellationRequested)
        {
            // The next period is the retry: a grain that keeps failing costs one call per period, not a loop.
            LogDeliveryFailed(_logger, ex, schedule.Entry.Name, schedule.Entry.GrainId, tick.CurrentTickTime, tick.CurrentTickTime + tick.Period);
        }
        catch (OperationCanceledException)
        {
            // The service is stopping; the tick is not lost, the catch-up at the next start covers it.
        }
        finally
        {
            lock (_lock)
            {
                schedule.Delivering = false;
            }
        }
    }

    private sealed class Schedule(ReminderEntry entry, TimeSpan period)
    {
        public ReminderEntry Entry { get; } = entry;

        /// <summary>The period in force: never below the minimum, even for a row written with other options.</summary>
        public TimeSpan Period { get; } = period;

        public ITimer Timer { get; set; } = null!;

        /// <summary>The last tick time handed to the sink; a tick is never handed out twice by one silo life.</summary>
        public DateTimeOffset LastTick { get; set; } = DateTimeOffset.MinValue;

        public bool Delivering { get; set; }

        public Task Delivery { get; set; } = Task.CompletedTask;
    }
}
