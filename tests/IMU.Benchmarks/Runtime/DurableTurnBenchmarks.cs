using System.Globalization;
using BenchmarkDotNet.Attributes;
using IMU.Runtime;
using IMU.Runtime.Testing;

namespace IMU.Benchmarks.Runtime;

/// <summary>
/// Durable turns per second: a grain call whose turn writes the grain's state to SQLite (WAL,
/// synchronous=FULL) and returns only once the write is durable, with many grains called
/// concurrently so the storage's group commit can share flushes. Run it together with
/// Storage/DurableWriteBenchmarks, whose raw one-transaction-per-upsert case is the floor:
/// <c>--filter '*DurableTurnBenchmarks*' '*DurableWriteBenchmarks*'</c>. One operation is one turn.
/// </summary>
[MemoryDiagnoser]
public class DurableTurnBenchmarks
{
    private const int TurnsPerInvoke = 1024;

    private string _directory = string.Empty;
    private TestCluster _cluster = null!;
    private IDurableCounterGrain[] _grains = [];

    [Params(64)]
    public int Grains { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _directory = Path.Combine(Path.GetTempPath(), "imu-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
        var file = Path.Combine(_directory, "turns.db");
        _cluster = new TestClusterBuilder()
            .ConfigureSilo(silo => silo
                .AddGrain<DurableCounterGrain>()
                .AddJsonContext(RuntimeBenchmarkJsonContext.Default)
                .AddSqliteGrainStorage(PersistentStateAttribute.DefaultStorageName, o => o.DataSource = file))
            .BuildAndStartAsync().GetAwaiter().GetResult();
        _grains = [.. Enumerable.Range(0, Grains).Select(i => _cluster.GrainFactory.GetGrain<IDurableCounterGrain>(i.ToString(CultureInfo.InvariantCulture)))];
        Task.WhenAll(_grains.Select(g => g.IncrementAsync())).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _cluster.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark(OperationsPerInvoke = TurnsPerInvoke)]
    public Task CallAndWriteState()
    {
        var callers = new Task[_grains.Length];
        for (var i = 0; i < callers.Length; i++)
        {
            callers[i] = Turns(_grains[i], TurnsPerInvoke / _grains.Length);
        }

        return Task.WhenAll(callers);
    }

    private static async Task Turns(IDurableCounterGrain grain, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await grain.IncrementAsync();
        }
    }
}
