using System.Diagnostics;
using System.Diagnostics.Metrics;
using IMU.Runtime.Invocation;

namespace IMU.Runtime.Diagnostics;

/// <summary>
/// The instruments of one silo or client. The meter's scope is this object, so a test can tell
/// its silo's measurements from those of other silos in the same process.
/// </summary>
internal sealed class RuntimeMetrics : IDisposable
{
    private readonly Counter<long> _calls;
    private readonly Histogram<double> _callDuration;
    private readonly UpDownCounter<long> _activations;
    private readonly Counter<long> _stateWrites;
    private readonly Counter<long> _reminderTicks;

    public RuntimeMetrics(string owner)
    {
        Meter = new Meter(RuntimeTelemetry.Name, null, [new KeyValuePair<string, object?>("imu.owner", owner)], this);
        _calls = Meter.CreateCounter<long>(RuntimeTelemetry.CallsInstrument, "{call}", "Grain calls completed.");
        _callDuration = Meter.CreateHistogram<double>(RuntimeTelemetry.CallDurationInstrument, "ms", "Grain call latency.");
        _activations = Meter.CreateUpDownCounter<long>(RuntimeTelemetry.ActivationsInstrument, "{activation}", "Live activations.");
        _stateWrites = Meter.CreateCounter<long>(RuntimeTelemetry.StateWritesInstrument, "{write}", "Grain state writes.");
        _reminderTicks = Meter.CreateCounter<long>(RuntimeTelemetry.ReminderTicksInstrument, "{tick}", "Reminder ticks delivered.");
    }

    public Meter Meter { get; }

    public bool CallDurationEnabled => _callDuration.Enabled;

    public void CallCompleted(GrainMethod method, long startedAt, bool succeeded)
    {
        var methodTag = new KeyValuePair<string, object?>("rpc.method", method.FullName);
        if (_calls.Enabled)
        {
            _calls.Add(1, methodTag, new KeyValuePair<string, object?>("imu.outcome", succeeded ? "ok" : "error"));
        }

        if (startedAt != 0 && _callDuration.Enabled)
        {
            _callDuration.Record(Stopwatch.GetElapsedTime(startedAt).TotalMilliseconds, methodTag);
        }
    }

    public void ActivationCreated() => _activations.Add(1);

    public void ActivationDestroyed() => _activations.Add(-1);

    public void StateWritten(bool succeeded) =>
        _stateWrites.Add(1, new KeyValuePair<string, object?>("imu.outcome", succeeded ? "ok" : "conflict"));

    public void ReminderTicked() => _reminderTicks.Add(1);

    public void Dispose() => Meter.Dispose();
}
