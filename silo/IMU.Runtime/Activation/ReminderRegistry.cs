using IMU.Runtime.Reminders;

namespace IMU.Runtime.Activation;

/// <summary>The grain-facing side of reminders, over the silo's <see cref="ReminderService"/> (which stores schedules and arms ticks).</summary>
internal sealed class ReminderRegistry(ReminderService? service)
{
    private ReminderService Service => service
        ?? throw new InvalidOperationException("Grains use reminders, but the silo has no reminder service; add one with AddMemoryReminders() or AddSqliteReminders(...).");

    public async Task<IGrainReminder> RegisterOrUpdateAsync(GrainId grainId, string reminderName, TimeSpan dueTime, TimeSpan period) =>
        new GrainReminder(await Service.RegisterOrUpdateAsync(grainId, reminderName, dueTime, period, CancellationToken.None));

    public async Task UnregisterAsync(GrainId grainId, IGrainReminder reminder)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        var entry = (reminder as GrainReminder)?.Entry;

        // Removal is idempotent: when the schedule changed since the handle was made, remove the current one.
        while (entry is not null && !await Service.UnregisterAsync(entry, CancellationToken.None))
        {
            entry = await Service.GetReminderAsync(grainId, reminder.ReminderName, CancellationToken.None);
        }
    }

    public async Task<IGrainReminder?> GetAsync(GrainId grainId, string reminderName)
    {
        var entry = await Service.GetReminderAsync(grainId, reminderName, CancellationToken.None);
        return entry is null ? null : new GrainReminder(entry);
    }
}
