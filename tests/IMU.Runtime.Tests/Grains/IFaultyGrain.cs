namespace IMU.Runtime.Tests.Grains;

[Alias("faulty")]
public interface IFaultyGrain : IGrainWithStringKey
{
    Task ThrowInvalidOperationAsync(string message);

    Task<int> ThrowCustomAsync(string message);

    Task ThrowCodeOnlyAsync(int code);

    Task<string> PingAsync();
}
