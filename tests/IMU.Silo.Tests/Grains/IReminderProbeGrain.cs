namespace IMU.Silo.Tests.Grains;

/// <summary>A grain with one durable reminder, reporting each tick to <see cref="ReminderTicks"/>.</summary>
[Alias("imu.tests.reminder-probe")]
public interface IReminderProbeGrain : IGrainWithStringKey
{
    [Alias("start")]
    Task StartAsync(TimeSpan period);
}
