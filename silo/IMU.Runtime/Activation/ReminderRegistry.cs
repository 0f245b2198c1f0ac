using IMU.Runtime.Reminders;

namespace IMU.Runtime.Activation;

/// <summary>
/// The grain-facing side of reminders: registrations go straight to the durable reminder table (the
/// schedule is stored, never the ticks); the reminder service reads the table and delivers ticks.
/// </summary>
internal sealed class ReminderRegistry(IReminderTable? table, TimeProvider timeProvider)
{
    /// <summary>Raised after a schedule changed, so the reminder service can pick it up without polling.</summary>
    public event Action<GrainId, string>? Changed;

    private IReminderTable Table => table
        ?? throw new InvalidOperationException("Grains use reminders, but no IReminderTable is registered with the silo; add one (e.g. AddMemoryReminders()).");

    public async Task<IGrainReminder> RegisterOrUpdateAsync(GrainId grainId, string reminderName, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentException.ThrowIfNullOrEmpty(reminderName);
        ArgumentOutOfRangeException.ThrowIfLessThan(dueTime, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(period, TimeSpan.Zero);
        var eTag = await Table.UpsertAsync(grainId, reminderName, timeProvider.GetUtcNow() + dueTime, period, CancellationToken.None);
        Changed?.Invoke(grainId, reminderName);
        return new GrainReminder(reminderName, eTag);
    }

    public async Task UnregisterAsync(GrainId grainId, IGrainReminder reminder)
    {
        ArgumentNullException.ThrowIfNull(reminder);

        // Removal is idempotent: delete whatever version is stored now.
        while (await Table.ReadAsync(grainId, reminder.ReminderName, CancellationToken.None) is { } current)
        {
            if (await Table.DeleteAsync(grainId, reminder.ReminderName, current.ETag, CancellationToken.None))
            {
                break;
            }
        }

        Changed?.Invoke(grainId, reminder.ReminderName);
    }

    public async Task<IGrainReminder?> GetAsync(GrainId grainId, string reminderName)
    {
        var entry = await Table.ReadAsync(grainId, reminderName, CancellationToken.None);
        return entry is null ? null : new GrainReminder(entry.Name, entry.ETag);
    }
}
