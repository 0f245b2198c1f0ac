namespace IMU.Runtime.Reminders;

/// <summary>Where due reminder ticks go: the runtime turns each into a call to the grain's reminder callback.</summary>
public interface IReminderTickSink
{
    /// <summary>
    /// Delivers one tick and completes when the grain has handled it. A failure is logged and the
    /// reminder tries again at its next tick, never in a loop.
    /// </summary>
    /// <param name="grainId">The grain to wake.</param>
    /// <param name="reminderName">The reminder's name.</param>
    /// <param name="status">The tick's schedule facts.</param>
    /// <param name="cancellationToken">Cancelled when the reminder service stops.</param>
    /// <returns>A task that completes when the grain handled the tick.</returns>
    Task DeliverAsync(GrainId grainId, string reminderName, ReminderTickStatus status, CancellationToken cancellationToken);
}
