namespace IMU.Runtime;

/// <summary>Implemented by grains that register durable reminders.</summary>
public interface IRemindable : IGrain
{
    /// <summary>Receives a reminder tick. Must be idempotent: ticks are at-least-once.</summary>
    /// <param name="reminderName">The reminder that fired.</param>
    /// <param name="status">The schedule and the due time of this tick.</param>
    /// <returns>A task that completes when the tick is handled.</returns>
    Task ReceiveReminder(string reminderName, TickStatus status);
}
