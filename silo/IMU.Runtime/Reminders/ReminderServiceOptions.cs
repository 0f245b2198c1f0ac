namespace IMU.Runtime.Reminders;

/// <summary>Settings of the <see cref="ReminderService"/>.</summary>
public sealed class ReminderServiceOptions
{
    /// <summary>The shortest period a reminder may have (Orleans: one minute). Tests may lower it.</summary>
    public TimeSpan MinimumPeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Returns what is wrong with these options, one clear sentence each; empty when valid.</summary>
    /// <returns>The problems found.</returns>
    public IReadOnlyList<string> Validate() =>
        MinimumPeriod > TimeSpan.Zero
            ? []
            : [$"ReminderServiceOptions.MinimumPeriod must be positive, not {MinimumPeriod}."];
}
