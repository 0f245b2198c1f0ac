namespace IMU.Zosmf.Tests.Support;

/// <summary>Moves a fake clock on only when something waits on it, until a task completes.</summary>
public static class TimeDriver
{
    /// <summary>Advances <paramref name="time"/> by <paramref name="step"/> each time a timer is created, until <paramref name="task"/> ends.</summary>
    public static async Task<T> DriveAsync<T>(this SignallingTimeProvider time, Task<T> task, TimeSpan step, CancellationToken cancellationToken)
    {
        while (!task.IsCompleted)
        {
            await Task.WhenAny(time.TimerCreated.WaitAsync(cancellationToken), task).WithTestTimeout();
            time.Advance(step);
        }

        return await task.WithTestTimeout();
    }
}
