namespace IMU.Runtime.Tests.Grains;

[Alias("reentrant-turn")]
public interface IReentrantTurnGrain : IGrainWithStringKey
{
    Task<int> RunAsync(string gate);

    Task<int> RunningAsync();
}
