using BenchmarkDotNet.Configs;

namespace IMU.Benchmarks;

/// <summary>Adds the Op/s column to a benchmark's summary.</summary>
internal sealed class PerSecondConfig : ManualConfig
{
    public PerSecondConfig()
    {
        AddColumn(new PerSecondColumn());
    }
}
