using IMU.Runtime.Reminders;

namespace IMU.Runtime.Activation;

/// <summary>Turns the reminder service's due ticks into <see cref="IRemindable.ReceiveReminder"/> turns, activating grains as needed.</summary>
internal sealed class CatalogReminderSink(Func<Catalog> catalog) : IReminderTickSink
{
    public Task DeliverAsync(GrainId grainId, string reminderName, ReminderTickStatus status, CancellationToken cancellationToken) =>
        catalog().DeliverReminderAsync(grainId, reminderName, new TickStatus(status.FirstTickTime, status.Period, status.CurrentTickTime)).WaitAsync(cancellationToken);
}
