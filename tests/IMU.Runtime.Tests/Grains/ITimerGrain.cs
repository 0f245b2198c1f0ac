namespace IMU.Runtime.Tests.Grains;

[Alias("timer")]
public interface ITimerGrain : IGrainWithStringKey
{
    Task StartTimerAsync();

    Task StartReminderAsync();

    Task DeactivateAsync();
}
