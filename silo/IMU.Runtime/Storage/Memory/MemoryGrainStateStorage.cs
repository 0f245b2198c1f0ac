using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace IMU.Runtime.Storage.Memory;

/// <summary>
/// Grain state kept in process memory, with the same ETag rules as the durable providers: every
/// write bumps a per-record version, and a clear keeps the record with a bumped version so a stale
/// ETag can never match again (no ABA after clear-then-rewrite).
/// </summary>
public sealed class MemoryGrainStateStorage : IGrainStateStorage
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(string StateName, GrainId GrainId), Entry> _entries = [];

    /// <inheritdoc />
    public Task<GrainStateRecord?> ReadAsync(string stateName, GrainId grainId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stateName);
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<GrainStateRecord?>(cancellationToken);
        }

        lock (_lock)
        {
            if (_entries.TryGetValue((stateName, grainId), out var entry) && entry.Payload is not null)
            {
                return Task.FromResult<GrainStateRecord?>(new GrainStateRecord(entry.Payload, FormatETag(entry.Version)));
            }
        }

        return Task.FromResult<GrainStateRecord?>(null);
    }

    /// <inheritdoc />
    public Task<string> WriteAsync(string stateName, GrainId grainId, ReadOnlyMemory<byte> payload, string? expectedETag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stateName);
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<string>(cancellationToken);
        }

        // Copy outside the lock: the caller may reuse its buffer as soon as the task completes.
        var copy = payload.ToArray();
        lock (_lock)
        {
            var key = (stateName, grainId);
            if (!TryCheck(key, expectedETag, "write", out var version, out var conflict))
            {
                return Task.FromException<string>(conflict);
            }

            _entries[key] = new Entry(copy, version + 1);
            return Task.FromResult(FormatETag(version + 1));
        }
    }

    /// <inheritdoc />
    public Task ClearAsync(string stateName, GrainId grainId, string? expectedETag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stateName);
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled(cancellationToken);
        }

        lock (_lock)
        {
            var key = (stateName, grainId);
            if (!TryCheck(key, expectedETag, "clear", out var version, out var conflict))
            {
                return Task.FromException(conflict);
            }

            if (expectedETag is not null)
            {
                _entries[key] = new Entry(null, version + 1);
            }
        }

        return Task.CompletedTask;
    }

    private static string FormatETag(long version) => version.ToString(CultureInfo.InvariantCulture);

    /// <summary>Gets the stored version (0 when absent) if <paramref name="expectedETag"/> may overwrite it.</summary>
    private bool TryCheck(
        (string StateName, GrainId GrainId) key,
        string? expectedETag,
        string operation,
        out long version,
        [NotNullWhen(false)] out InconsistentStateException? conflict)
    {
        var found = _entries.TryGetValue(key, out var entry);
        var storedETag = found && entry!.Payload is not null ? FormatETag(entry.Version) : null;
        version = found ? entry!.Version : 0;
        conflict = string.Equals(storedETag, expectedETag, StringComparison.Ordinal)
            ? null
            : new InconsistentStateException(
                $"The {operation} of state '{key.StateName}' of grain {key.GrainId} was refused: the stored ETag differs",
                storedETag,
                expectedETag);
        return conflict is null;
    }

    private sealed record Entry(byte[]? Payload, long Version);
}
