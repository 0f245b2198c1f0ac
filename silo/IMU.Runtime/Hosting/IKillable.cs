namespace IMU.Runtime.Hosting;

/// <summary>
/// A silo resource that can stop the way a crashed process stops: nothing queued is flushed, work in
/// flight is abandoned (its callers get an exception), and files are closed so a restarted silo can
/// reopen them at once. Graceful stop stays with <see cref="IAsyncDisposable"/> and the host.
/// </summary>
internal interface IKillable
{
    /// <summary>
    /// Kills the resource. It is dead when this method returns (only a commit already under way may
    /// still finish); the task completes once its files and connections are released.
    /// </summary>
    /// <returns>A task that completes when every file and connection is closed.</returns>
    ValueTask KillAsync();
}
