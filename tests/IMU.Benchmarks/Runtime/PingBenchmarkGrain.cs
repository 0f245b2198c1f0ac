using IMU.Runtime;

namespace IMU.Benchmarks.Runtime;

public sealed class PingBenchmarkGrain : Grain, IPingBenchmarkGrain
{
    public Task<string> PingAsync(string text) => Task.FromResult(text);
}
