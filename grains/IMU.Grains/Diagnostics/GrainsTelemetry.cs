using System.Diagnostics.Metrics;

namespace IMU.Grains.Diagnostics;

/// <summary>The grains' telemetry names: the ActivitySource and Meter names, both "IMU.Grains", and the instruments.</summary>
public static class GrainsTelemetry
{
    /// <summary>The ActivitySource name to subscribe to.</summary>
    public const string ActivitySourceName = "IMU.Grains";

    /// <summary>The Meter name to subscribe to.</summary>
    public const string MeterName = "IMU.Grains";

    private static readonly Meter s_meter = new(MeterName);

    /// <summary>Durable probe increments, so an operator's probe traffic is visible next to the real work.</summary>
    internal static Counter<long> ProbeIncrements { get; } = s_meter.CreateCounter<long>("imu.probe.increments", description: "Probe grain increments stored.");
}
