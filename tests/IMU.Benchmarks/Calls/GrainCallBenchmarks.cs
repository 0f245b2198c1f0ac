using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using HdrHistogram;
using IMU.Client;
using IMU.Grains;

namespace IMU.Benchmarks.Calls;

/// <summary>
/// Grain calls per second and their latency, 64 callers at once, each on its own probe grain reading
/// its count (no storage write): from inside the silo (<c>InSilo</c>) and from an IMU.Client over the
/// loopback gateway (<c>ClientGateway</c>). One operation is one call; p50/p99 of every call of the run
/// are printed at cleanup as <c>// latency ...</c> lines.
/// <c>dotnet run -c Release --project tests/IMU.Benchmarks -- --job short --filter '*GrainCallBenchmarks*'</c>
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerSecondConfig))]
public class GrainCallBenchmarks
{
    private const int CallsPerInvoke = 16_384;

    private BenchmarkSilo? _silo;
    private ClusterConnection? _connection;
    private IProbeGrain[] _grains = [];
    private LongHistogram[] _latencies = [];

    [Params(64)]
    public int Callers { get; set; }

    [Params("InSilo", "ClientGateway")]
    public string Path { get; set; } = "InSilo";

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => CleanupAsync().GetAwaiter().GetResult();

    [Benchmark(OperationsPerInvoke = CallsPerInvoke)]
    public Task Calls()
    {
        var callers = new Task[Callers];
        for (var i = 0; i < callers.Length; i++)
        {
            callers[i] = CallLoopAsync(_grains[i], _latencies[i], CallsPerInvoke / Callers);
        }

        return Task.WhenAll(callers);
    }

    private static async Task CallLoopAsync(IProbeGrain grain, LongHistogram latencies, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await grain.ReadAsync();
            latencies.RecordValue(Stopwatch.GetTimestamp() - started);
        }
    }

    private async Task SetupAsync()
    {
        _silo = await BenchmarkSilo.StartAsync(silo => silo.AddMemoryGrainStorageAsDefault());
        IGrainFactory grains = _silo.Grains;
        if (Path == "ClientGateway")
        {
            _connection = await ClusterConnection.ConnectAsync(new ClusterClientOptions { Gateway = $"127.0.0.1:{_silo.GatewayPort}" }, CancellationToken.None);
            grains = _connection.Client;
        }

        _grains = [.. Enumerable.Range(0, Callers).Select(i => grains.GetGrain<IProbeGrain>($"caller-{i}"))];
        _latencies = [.. Enumerable.Range(0, Callers).Select(_ => new LongHistogram(TimeStamp.Seconds(10), 3))];
        await Task.WhenAll(_grains.Select(g => g.ReadAsync()));
    }

    private async Task CleanupAsync()
    {
        var all = new LongHistogram(TimeStamp.Seconds(10), 3);
        foreach (var histogram in _latencies)
        {
            all.Add(histogram);
        }

        double Microseconds(double percentile) => all.GetValueAtPercentile(percentile) * 1e6 / Stopwatch.Frequency;
        Console.WriteLine(FormattableString.Invariant(
            $"// latency {Path}, {Callers} callers, {all.TotalCount} calls: p50 {Microseconds(50):F0} us, p99 {Microseconds(99):F0} us, p99.9 {Microseconds(99.9):F0} us"));

        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }

        if (_silo is not null)
        {
            await _silo.DisposeAsync();
        }
    }
}
