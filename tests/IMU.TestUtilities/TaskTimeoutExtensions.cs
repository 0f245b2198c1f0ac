using System.Runtime.CompilerServices;

namespace IMU.TestUtilities;

/// <summary>Bounds every await in a test, so a bug shows up as a failure naming the line, never as a hang.</summary>
public static class TaskTimeoutExtensions
{
    /// <summary>The default bound: generous, because the build machine is shared and often busy.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    public static async Task WithTestTimeout(
        this Task task,
        TimeSpan? timeout = null,
        [CallerFilePath] string file = "",
        [CallerLineNumber] int line = 0)
    {
        try
        {
            await task.WaitAsync(timeout ?? DefaultTimeout).ConfigureAwait(false);
        }
        catch (TimeoutException ex) when (!task.IsCompleted)
        {
            throw new TimeoutException($"Timed out after {timeout ?? DefaultTimeout} awaiting at {file}:{line}", ex);
        }
    }

    public static async Task<T> WithTestTimeout<T>(
        this Task<T> task,
        TimeSpan? timeout = null,
        [CallerFilePath] string file = "",
        [CallerLineNumber] int line = 0)
    {
        try
        {
            return await task.WaitAsync(timeout ?? DefaultTimeout).ConfigureAwait(false);
        }
        catch (TimeoutException ex) when (!task.IsCompleted)
        {
            throw new TimeoutException($"Timed out after {timeout ?? DefaultTimeout} awaiting at {file}:{line}", ex);
        }
    }
}
