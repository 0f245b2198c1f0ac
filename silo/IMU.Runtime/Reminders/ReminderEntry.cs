namespace IMU.Runtime.Reminders;

/// <summary>A durable reminder: the schedule is stored, never individual ticks.</summary>
/// <param name="GrainId">The grain the reminder wakes.</param>
/// <param name="Name">The reminder name, unique per grain.</param>
/// <param name="StartAt">The first due time.</param>
/// <param name="Period">The period between ticks.</param>
/// <param name="ETag">The row version; updates and deletes present it.</param>
public sealed record ReminderEntry(GrainId GrainId, string Name, DateTimeOffset StartAt, TimeSpan Period, string ETag);
