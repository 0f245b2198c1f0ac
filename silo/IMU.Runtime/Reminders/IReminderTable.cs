namespace IMU.Runtime.Reminders;

/// <summary>Durable storage of reminder schedules. Upserts return the new ETag; deletes must present the current one.</summary>
public interface IReminderTable
{
    /// <summary>Reads every reminder (a single silo owns them all; the cluster issue adds ranges).</summary>
    Task<IReadOnlyList<ReminderEntry>> ReadAllAsync(CancellationToken cancellationToken);

    /// <summary>Reads the reminders of one grain.</summary>
    Task<IReadOnlyList<ReminderEntry>> ReadAsync(GrainId grainId, CancellationToken cancellationToken);

    /// <summary>Reads one reminder, or null.</summary>
    Task<ReminderEntry?> ReadAsync(GrainId grainId, string name, CancellationToken cancellationToken);

    /// <summary>Inserts or replaces a reminder's schedule and returns its new ETag.</summary>
    Task<string> UpsertAsync(GrainId grainId, string name, DateTimeOffset startAt, TimeSpan period, CancellationToken cancellationToken);

    /// <summary>Deletes a reminder if its ETag matches; returns false when it did not.</summary>
    Task<bool> DeleteAsync(GrainId grainId, string name, string eTag, CancellationToken cancellationToken);
}
