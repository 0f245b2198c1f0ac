namespace IMU.Runtime;

/// <summary>
/// Describes one reminder tick. Ticks can be missed or repeated, so a grain reconciles from its
/// durable state using these times instead of counting ticks.
/// </summary>
/// <param name="FirstTickTime">When the reminder was first due.</param>
/// <param name="Period">The reminder period.</param>
/// <param name="CurrentTickTime">When this tick was due.</param>
public readonly record struct TickStatus(DateTimeOffset FirstTickTime, TimeSpan Period, DateTimeOffset CurrentTickTime);
