using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using IMU.Runtime.Testing;

namespace IMU.Benchmarks.Runtime;

/// <summary>
/// Grain call throughput and latency through the whole call path (generated reference, argument
/// and result serialization, in-process transport, turn-based activation), from a client to one
/// ping grain per caller. One operation is one call; the latency percentiles of every call of the
/// measured run are printed at cleanup.
/// </summary>
[MemoryDiagnoser]
public class GrainCallBenchmarks
{
    private const int CallsPerInvoke = 32_768;

    private readonly List<double> _latencies = new(CallsPerInvoke * 64);
    private TestCluster _cluster = null!;
    private IPingBenchmarkGrain[] _grains = [];
    private long[][] _samples = [];

    [Params(1, 8, 64)]
    public int Callers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _cluster = new TestClusterBuilder()
            .ConfigureSilo(silo => silo.AddGrain<PingBenchmarkGrain>())
            .BuildAndStartAsync().GetAwaiter().GetResult();
        _grains = [.. Enumerable.Range(0, Callers).Select(i => _cluster.GrainFactory.GetGrain<IPingBenchmarkGrain>(i.ToString(CultureInfo.InvariantCulture)))];
        _samples = [.. Enumerable.Range(0, Callers).Select(_ => new long[CallsPerInvoke / Callers])];
        Task.WhenAll(_grains.Select(g => g.PingAsync("warm-up"))).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _latencies.Sort();
        if (_latencies.Count > 0)
        {
            Console.WriteLine(FormattableString.Invariant(
                $"// latency with {Callers} callers over {_latencies.Count} calls: p50 {Percentile(0.50):F1} us, p99 {Percentile(0.99):F1} us, max {_latencies[^1]:F1} us"));
        }

        _cluster.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(OperationsPerInvoke = CallsPerInvoke)]
    public async Task Ping()
    {
        var callers = new Task[Callers];
        for (var i = 0; i < callers.Length; i++)
        {
            callers[i] = CallLoop(_grains[i], _samples[i]);
        }

        await Task.WhenAll(callers);
        foreach (var samples in _samples)
        {
            foreach (var ticks in samples)
            {
                _latencies.Add(ticks * 1_000_000.0 / Stopwatch.Frequency);
            }
        }

        if (_latencies.Count > CallsPerInvoke * 16)
        {
            _latencies.RemoveRange(0, _latencies.Count - (CallsPerInvoke * 16));
        }
    }

    private static async Task CallLoop(IPingBenchmarkGrain grain, long[] samples)
    {
        for (var i = 0; i < samples.Length; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var reply = await grain.PingAsync("ping");
            samples[i] = Stopwatch.GetTimestamp() - started;
            if (reply.Length != 4)
            {
                throw new InvalidOperationException("The ping grain answered with a different text.");
            }
        }
    }

    private double Percentile(double p) => _latencies[Math.Min(_latencies.Count - 1, (int)(p * _latencies.Count))];
}
