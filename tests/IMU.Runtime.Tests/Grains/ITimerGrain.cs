namespace IMU.Runtime.Tests.Grains;

[Alias("timer")]
public interface ITimerGrain : IGrainWithStringKey
{
    Task StartTimerAsync();

    Task StartReminderAsync();

    Task DeactivateAsync();

    /// <summary>A turn that does nothing: awaiting it means every turn queued before it (a timer tick) has finished.</summary>
    Task TouchAsync();
}
