using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using IMU.Smpe.Mcs;

namespace IMU.Benchmarks.Smpe;

/// <summary>
/// MCS and HOLDDATA reading throughput (target: 150 MB/s or more on the 2-core machine), each
/// against a plain scan of the same bytes for record ends in the same run (the Ratio column). The
/// MB/s column divides the stream's size by the mean time; Min and Median show how much of the
/// mean is other work on a shared machine.
/// </summary>
/// <remarks>
/// <c>ReadEntries</c> is how input is read: the file's bytes streamed, each SYSMOD or hold dropped
/// once counted, as <c>parse</c> and a batching RECEIVE do. <c>Read</c> keeps the whole stream's
/// model, as a caller of <see cref="McsReader.Read(Stream, string, McsReaderLimits?)"/> does.
/// </remarks>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
[Config(typeof(Config))]
public class McsReadingBenchmarks
{
    private byte[] _bytes = null!;

    /// <summary>The stream read: 10,000 PTFs (SMPPTFIN) or 100,000 ++HOLDs (SMPHOLD).</summary>
    [Params(McsReadingWorkload.Sysmods10000Ptfs, McsReadingWorkload.HoldData100000Holds)]
    public string Workload { get; set; } = McsReadingWorkload.Sysmods10000Ptfs;

    [GlobalSetup]
    public void Setup()
    {
        _bytes = Encoding.Latin1.GetBytes(McsReadingWorkload.Text(Workload));
        var result = McsReader.Read(new MemoryStream(_bytes), Workload);
        if (result.Errors.Count > 0 || result.Sysmods.Count + result.Holds.Count != McsReadingWorkload.Count(Workload))
        {
            throw new InvalidOperationException($"The workload does not read cleanly: {result.Errors.FirstOrDefault()}");
        }
    }

    /// <summary>The floor: every byte looked at once, as the reader must, and nothing else done.</summary>
    [Benchmark(Baseline = true)]
    public int ByteScan() => _bytes.AsSpan().Count((byte)'\n');

    [Benchmark]
    public int ReadEntries()
    {
        var count = 0;
        foreach (var entry in McsReader.ReadEntries(new MemoryStream(_bytes), Workload))
        {
            count += entry.Kind is McsEntryKind.Sysmod or McsEntryKind.Hold ? 1 : 0;
        }

        return count;
    }

    [Benchmark]
    public int Read()
    {
        var result = McsReader.Read(new MemoryStream(_bytes), Workload);
        return result.Sysmods.Count + result.Holds.Count;
    }

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new McsThroughputColumn());
    }
}
