using IMU.Runtime;

namespace IMU.Benchmarks.Runtime;

[Alias("bench-durable-counter")]
public interface IDurableCounterGrain : IGrainWithStringKey
{
    Task<int> IncrementAsync();
}
