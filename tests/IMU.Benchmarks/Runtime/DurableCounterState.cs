namespace IMU.Benchmarks.Runtime;

public sealed record DurableCounterState(int Value, string? Padding);
