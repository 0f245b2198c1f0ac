namespace IMU.Runtime.Reminders;

/// <summary>What a reminder tick is about; callbacks use <see cref="CurrentTickTime"/> to stay idempotent.</summary>
/// <param name="FirstTickTime">When the reminder was first due.</param>
/// <param name="Period">The period between ticks.</param>
/// <param name="CurrentTickTime">
/// The scheduled time of this tick (not the delivery time). A tick can be delivered twice (at-least-once,
/// and the catch-up tick after a restart may repeat the last tick before it), so a grain records the
/// last tick time it handled in its own state and ignores anything not newer.
/// </param>
public sealed record ReminderTickStatus(DateTimeOffset FirstTickTime, TimeSpan Period, DateTimeOffset CurrentTickTime);
