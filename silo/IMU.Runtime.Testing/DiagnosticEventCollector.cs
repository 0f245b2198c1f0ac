using System.Diagnostics;
using System.Diagnostics.Metrics;
using IMU.Runtime.Diagnostics;

namespace IMU.Runtime.Testing;

/// <summary>
/// Collects the runtime's spans and measurements and lets a test wait for one to appear, instead of
/// sleeping. Optionally limited to one cluster's silos and client (by the meter's owner tag).
/// </summary>
public sealed class DiagnosticEventCollector : IDisposable
{
    private readonly Lock _lock = new();
    private readonly List<Activity> _spans = [];
    private readonly List<DiagnosticMeasurement> _measurements = [];
    private readonly List<Waiter> _waiters = [];
    private readonly ActivityListener _activityListener;
    private readonly MeterListener _meterListener;
    private readonly Func<string?, bool> _ownerFilter;

    /// <summary>Starts collecting.</summary>
    /// <param name="ownerFilter">Which owners (silo addresses, <c>client:&lt;cluster id&gt;</c>) to keep; all when null.</param>
    public DiagnosticEventCollector(Func<string?, bool>? ownerFilter = null)
    {
        _ownerFilter = ownerFilter ?? (_ => true);
        _activityListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == RuntimeTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => Add(activity, null),
        };
        ActivitySource.AddActivityListener(_activityListener);
        _meterListener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                var owner = instrument.Meter.Tags?.FirstOrDefault(t => t.Key == "imu.owner").Value as string;
                if (instrument.Meter.Name == RuntimeTelemetry.Name && _ownerFilter(owner))
                {
                    listener.EnableMeasurementEvents(instrument, owner);
                }
            },
        };
        _meterListener.SetMeasurementEventCallback<long>((instrument, value, _, owner) => Add(null, new DiagnosticMeasurement(instrument.Name, value, owner as string)));
        _meterListener.SetMeasurementEventCallback<double>((instrument, value, _, owner) => Add(null, new DiagnosticMeasurement(instrument.Name, value, owner as string)));
        _meterListener.Start();
    }

    /// <summary>The grain call spans stopped so far.</summary>
    public IReadOnlyList<Activity> Spans
    {
        get
        {
            lock (_lock)
            {
                return [.. _spans];
            }
        }
    }

    /// <summary>The measurements taken so far.</summary>
    public IReadOnlyList<DiagnosticMeasurement> Measurements
    {
        get
        {
            lock (_lock)
            {
                return [.. _measurements];
            }
        }
    }

    /// <summary>Completes when a span matching <paramref name="predicate"/> has stopped (including one already collected).</summary>
    /// <param name="predicate">The span wanted.</param>
    /// <returns>The span.</returns>
    public async Task<Activity> WaitForSpanAsync(Func<Activity, bool> predicate) =>
        (Activity)await Wait(o => o is Activity a && predicate(a));

    /// <summary>Completes when a measurement matching <paramref name="predicate"/> was taken (including one already collected).</summary>
    /// <param name="predicate">The measurement wanted.</param>
    /// <returns>The measurement.</returns>
    public async Task<DiagnosticMeasurement> WaitForMeasurementAsync(Func<DiagnosticMeasurement, bool> predicate) =>
        (DiagnosticMeasurement)await Wait(o => o is DiagnosticMeasurement m && predicate(m));

    /// <inheritdoc />
    public void Dispose()
    {
        _activityListener.Dispose();
        _meterListener.Dispose();
    }

    private Task<object> Wait(Func<object, bool> match)
    {
        lock (_lock)
        {
            foreach (var item in _spans.Cast<object>().Concat(_measurements))
            {
                if (match(item))
                {
                    return Task.FromResult(item);
                }
            }

            var waiter = new Waiter(match);
            _waiters.Add(waiter);
            return waiter.Completion.Task;
        }
    }

    private void Add(Activity? span, DiagnosticMeasurement? measurement)
    {
        object item = span is not null ? span : measurement!;
        List<Waiter> matched;
        lock (_lock)
        {
            if (span is not null)
            {
                _spans.Add(span);
            }
            else
            {
                _measurements.Add(measurement!);
            }

            matched = _waiters.Where(w => w.Match(item)).ToList();
            _waiters.RemoveAll(matched.Contains);
        }

        matched.ForEach(w => w.Completion.TrySetResult(item));
    }

    private sealed class Waiter(Func<object, bool> match)
    {
        public Func<object, bool> Match { get; } = match;

        public TaskCompletionSource<object> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
