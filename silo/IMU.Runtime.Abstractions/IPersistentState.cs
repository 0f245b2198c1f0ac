namespace IMU.Runtime;

/// <summary>
/// Durable state of a grain, fenced by an ETag. Changing <see cref="State"/> changes memory only
/// until <see cref="WriteStateAsync"/> completes. A write that meets a newer ETag throws
/// <see cref="InconsistentStateException"/> and the activation is deactivated after the call.
/// </summary>
/// <typeparam name="TState">The state type; it must have JSON metadata in a registered context.</typeparam>
public interface IPersistentState<TState>
{
    /// <summary>The in-memory state.</summary>
    TState State { get; set; }

    /// <summary>The ETag of the stored record this state was read from or written as; null when none is stored.</summary>
    string? ETag { get; }

    /// <summary>Whether a record is stored.</summary>
    bool RecordExists { get; }

    /// <summary>Re-reads the state from storage.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>A task that completes when <see cref="State"/> holds the stored value.</returns>
    Task ReadStateAsync(CancellationToken cancellationToken = default);

    /// <summary>Writes the state; completes once it is durable.</summary>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the write is durable.</returns>
    Task WriteStateAsync(CancellationToken cancellationToken = default);

    /// <summary>Clears the stored state and resets <see cref="State"/> to its default.</summary>
    /// <param name="cancellationToken">Cancels the clear.</param>
    /// <returns>A task that completes when the clear is durable.</returns>
    Task ClearStateAsync(CancellationToken cancellationToken = default);
}
