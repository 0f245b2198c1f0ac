namespace IMU.Runtime;

/// <summary>
/// An in-memory timer of one activation. Ticks run as turns of the activation (never overlapping a
/// call or each other), the next tick is scheduled after a callback completes, and the timer dies
/// with the activation. Dispose to stop it earlier.
/// </summary>
public interface IGrainTimer : IDisposable
{
    /// <summary>Re-arms the timer.</summary>
    /// <param name="dueTime">Time until the next tick.</param>
    /// <param name="period">Time between ticks; <see cref="Timeout.InfiniteTimeSpan"/> for a single tick.</param>
    void Change(TimeSpan dueTime, TimeSpan period);
}
