namespace IMU.Runtime.Tests.Grains;

public sealed class TimerGrain(GrainProbe probe) : Grain, ITimerGrain, IRemindable
{
    public override Task OnDeactivateAsync(CancellationToken cancellationToken)
    {
        probe.Record("deactivate:" + this.GetPrimaryKeyString());
        return Task.CompletedTask;
    }

    public Task StartTimerAsync()
    {
        RegisterGrainTimer(
            _ =>
            {
                probe.Record("tick:" + this.GetPrimaryKeyString());
                return Task.CompletedTask;
            },
            TimeSpan.FromMinutes(1),
            TimeSpan.FromMinutes(1));
        return Task.CompletedTask;
    }

    public Task StartReminderAsync() => RegisterOrUpdateReminder("wake", TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        probe.Record($"reminder:{this.GetPrimaryKeyString()}:{reminderName}");
        return Task.CompletedTask;
    }

    public Task DeactivateAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    public Task TouchAsync() => Task.CompletedTask;
}
