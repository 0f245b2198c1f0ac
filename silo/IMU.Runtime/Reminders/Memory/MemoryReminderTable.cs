using System.Globalization;

namespace IMU.Runtime.Reminders.Memory;

/// <summary>Reminder schedules kept in process memory, versioned like the durable table.</summary>
public sealed class MemoryReminderTable : IReminderTable
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(GrainId GrainId, string Name), ReminderEntry> _entries = [];
    private long _lastVersion;

    /// <inheritdoc />
    public Task<IReadOnlyList<ReminderEntry>> ReadAllAsync(CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<IReadOnlyList<ReminderEntry>>(cancellationToken);
        }

        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<ReminderEntry>>([.. _entries.Values]);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ReminderEntry>> ReadAsync(GrainId grainId, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<IReadOnlyList<ReminderEntry>>(cancellationToken);
        }

        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<ReminderEntry>>([.. _entries.Values.Where(e => e.GrainId == grainId)]);
        }
    }

    /// <inheritdoc />
    public Task<ReminderEntry?> ReadAsync(GrainId grainId, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<ReminderEntry?>(cancellationToken);
        }

        lock (_lock)
        {
            return Task.FromResult(_entries.GetValueOrDefault((grainId, name)));
        }
    }

    /// <inheritdoc />
    public Task<string> UpsertAsync(GrainId grainId, string name, DateTimeOffset startAt, TimeSpan period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<string>(cancellationToken);
        }

        lock (_lock)
        {
            // One table-wide counter: a deleted and re-created reminder never gets an ETag it had before.
            var eTag = (++_lastVersion).ToString(CultureInfo.InvariantCulture);
            _entries[(grainId, name)] = new ReminderEntry(grainId, name, startAt, period, eTag);
            return Task.FromResult(eTag);
        }
    }

    /// <inheritdoc />
    public Task<bool> DeleteAsync(GrainId grainId, string name, string eTag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(eTag);
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<bool>(cancellationToken);
        }

        lock (_lock)
        {
            var key = (grainId, name);
            if (_entries.TryGetValue(key, out var entry) && string.Equals(entry.ETag, eTag, StringComparison.Ordinal))
            {
                _entries.Remove(key);
                return Task.FromResult(true);
            }

            return Task.FromResult(false);
        }
    }
}
