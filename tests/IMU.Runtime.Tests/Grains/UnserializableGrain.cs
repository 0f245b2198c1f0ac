namespace IMU.Runtime.Tests.Grains;

public sealed class UnserializableGrain : Grain, IUnserializableGrain
{
    public Task SendAsync(Unregistered value) => Task.CompletedTask;
}
