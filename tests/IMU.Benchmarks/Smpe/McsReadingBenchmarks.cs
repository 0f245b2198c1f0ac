using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using IMU.Smpe.Mcs;

namespace IMU.Benchmarks.Smpe;

/// <summary>
/// MCS and HOLDDATA reading throughput (target: 150 MB/s or more on the 2-core machine). The
/// MB/s column divides the stream's size by the mean time.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class McsReadingBenchmarks
{
    private string _holdData = null!;
    private string _sysmods = null!;

    public static long BytesFor(string benchmark) => benchmark switch
    {
        nameof(ReadHoldData_100000Holds) => McsReadingWorkload.Bytes(McsReadingWorkload.HoldData),
        nameof(ReadSysmods_10000Ptfs) => McsReadingWorkload.Bytes(McsReadingWorkload.Sysmods),
        _ => 0,
    };

    [GlobalSetup]
    public void Setup()
    {
        _holdData = McsReadingWorkload.HoldData;
        _sysmods = McsReadingWorkload.Sysmods;
        var holds = McsReader.Read(_holdData, "SMPHOLD");
        var sysmods = McsReader.Read(_sysmods, "SMPPTFIN");
        if (holds.Errors.Count > 0 || holds.Holds.Count != McsReadingWorkload.HoldCount
            || sysmods.Errors.Count > 0 || sysmods.Sysmods.Count != McsReadingWorkload.SysmodCount)
        {
            throw new InvalidOperationException($"The workload does not read cleanly: {holds.Errors.Concat(sysmods.Errors).FirstOrDefault()}");
        }
    }

    [Benchmark]
    public int ReadHoldData_100000Holds() => McsReader.Read(_holdData, "SMPHOLD").Holds.Count;

    [Benchmark]
    public int ReadSysmods_10000Ptfs() => McsReader.Read(_sysmods, "SMPPTFIN").Sysmods.Count;

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new McsThroughputColumn());
    }
}
