using System.Diagnostics;

namespace IMU.Runtime.Diagnostics;

/// <summary>
/// The telemetry names of the runtime, in one place: one <see cref="ActivitySource"/> span per grain
/// call (a call made inside a grain call is its child) and one <c>Meter</c> with these instruments.
/// </summary>
public static class RuntimeTelemetry
{
    /// <summary>The name of the <see cref="ActivitySource"/> and of the <c>Meter</c>.</summary>
    public const string Name = "IMU.Runtime";

    /// <summary>Counter: grain calls completed (tags <c>rpc.method</c>, <c>imu.outcome</c>).</summary>
    public const string CallsInstrument = "imu.runtime.calls";

    /// <summary>Histogram (ms): grain call latency from send to response (tag <c>rpc.method</c>).</summary>
    public const string CallDurationInstrument = "imu.runtime.call.duration";

    /// <summary>UpDownCounter: live activations.</summary>
    public const string ActivationsInstrument = "imu.runtime.activations";

    /// <summary>Counter: grain state writes (tag <c>imu.outcome</c>).</summary>
    public const string StateWritesInstrument = "imu.runtime.state.writes";

    /// <summary>Counter: reminder ticks delivered to grains.</summary>
    public const string ReminderTicksInstrument = "imu.runtime.reminder.ticks";

    /// <summary>The tag holding the grain id on spans (never on metrics: ids are unbounded).</summary>
    public const string GrainIdTag = "imu.grain.id";

    internal static ActivitySource Source { get; } = new(Name);
}
