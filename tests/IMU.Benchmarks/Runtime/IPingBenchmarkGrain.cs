using IMU.Runtime;

namespace IMU.Benchmarks.Runtime;

[Alias("bench-ping")]
public interface IPingBenchmarkGrain : IGrainWithStringKey
{
    Task<string> PingAsync(string text);
}
