namespace IMU.Runtime.Storage;

/// <summary>
/// Durable grain state, fenced by ETags. A write or clear whose expected ETag does not match the
/// stored one throws <see cref="InconsistentStateException"/>: the caller is a stale (zombie)
/// activation and must deactivate, never retry blindly.
/// </summary>
public interface IGrainStateStorage
{
    /// <summary>Reads the state, or null when none was ever written (or it was cleared).</summary>
    Task<GrainStateRecord?> ReadAsync(string stateName, GrainId grainId, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the state if the stored ETag equals <paramref name="expectedETag"/> (null: nothing stored yet)
    /// and returns the new ETag. Implementations may commit many writes in one transaction (group commit);
    /// the returned task completes only once this write is durable.
    /// </summary>
    Task<string> WriteAsync(string stateName, GrainId grainId, ReadOnlyMemory<byte> payload, string? expectedETag, CancellationToken cancellationToken);

    /// <summary>Clears the state under the same ETag rule as <see cref="WriteAsync"/>.</summary>
    Task ClearAsync(string stateName, GrainId grainId, string? expectedETag, CancellationToken cancellationToken);
}
