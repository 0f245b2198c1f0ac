using System.Globalization;
using BenchmarkDotNet.Attributes;
using IMU.Grains;
using IMU.Grains.Diagnostics;
using IMU.Silo.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Providers;
using Orleans.Storage;

namespace IMU.Benchmarks.Storage;

/// <summary>
/// Durable turns per second on the embedded silo's storage: a grain call whose turn writes the grain's
/// state to SQLite (WAL, synchronous=FULL) and answers only once the write is durable, 64 grains called
/// at once so the group commit can share flushes. The baseline is the floor the same file gives without
/// batching: a loop of single-row upserts, one transaction (one flush) each. Target: at least 3x.
/// One operation is one turn or one upsert; turns/s = the Op/s column, the speed-up = 1 / Ratio.
/// <c>dotnet run -c Release --project tests/IMU.Benchmarks -- --job short --filter '*SqliteDurableTurn*'</c>
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerSecondConfig))]
public class SqliteDurableTurnBenchmarks
{
    private const int OperationsPerInvoke = 1024;

    private string _directory = string.Empty;
    private BenchmarkSilo? _silo;
    private IProbeGrain[] _grains = [];
    private SqliteConnection? _raw;
    private SqliteCommand? _upsert;
    private int _rawRow;
    private IGrainStorage? _storage;
    private GrainState<ProbeState>[] _states = [];

    [Params(64)]
    public int Grains { get; set; }

    // BenchmarkDotNet 0.14 does not await a Task-returning [GlobalSetup] in every toolchain; wait here.
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => CleanupAsync().GetAwaiter().GetResult();

    /// <summary>The floor: every upsert its own auto-committed transaction on the silo's own file.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = OperationsPerInvoke)]
    public void RawUpsertOnePerTransaction()
    {
        var key = _upsert!.Parameters["$key"];
        for (var i = 0; i < OperationsPerInvoke; i++)
        {
            key.Value = "probe-" + (_rawRow++ % Grains).ToString(CultureInfo.InvariantCulture);
            _upsert.ExecuteNonQuery();
        }
    }

    /// <summary>Grain call + WriteStateAsync through the silo, <see cref="Grains"/> grains at once.</summary>
    [Benchmark(OperationsPerInvoke = OperationsPerInvoke)]
    public Task DurableTurns() => Turns.RunAsync(_grains, OperationsPerInvoke);

    /// <summary>The storage alone, 64 writers at once without grain calls: what of a turn's cost is the write.</summary>
    [Benchmark(OperationsPerInvoke = OperationsPerInvoke)]
    public Task StorageWritesWithoutGrainCalls()
    {
        var writers = new Task[Grains];
        for (var i = 0; i < writers.Length; i++)
        {
            writers[i] = WriteLoopAsync(i, OperationsPerInvoke / Grains);
        }

        return Task.WhenAll(writers);
    }

    private async Task WriteLoopAsync(int writer, int count)
    {
        var grainId = GrainId.Create("bench", $"writer-{writer}");
        var state = _states[writer];
        for (var i = 0; i < count; i++)
        {
            await _storage!.WriteStateAsync("probe", grainId, state);
        }
    }

    private async Task SetupAsync()
    {
        _directory = Path.Combine(Path.GetTempPath(), "imu-bench-" + Guid.NewGuid().ToString("N"));
        var database = Path.Combine(_directory, "imu.db");
        _silo = await BenchmarkSilo.StartAsync(silo => silo.UseImuEmbeddedStorage(database));
        _grains = [.. Enumerable.Range(0, Grains).Select(i => _silo.Grains.GetGrain<IProbeGrain>($"probe-{i}"))];
        await Task.WhenAll(_grains.Select(g => g.IncrementAsync()));
        _storage = _silo.Services.GetRequiredKeyedService<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME);
        _states = [.. Enumerable.Range(0, Grains).Select(_ => new GrainState<ProbeState>(new ProbeState(1, DateTimeOffset.UnixEpoch)))];

        _raw = new SqliteConnection($"Data Source={database};Pooling=False");
        await _raw.OpenAsync();
        await using (var ddl = _raw.CreateCommand())
        {
            ddl.CommandText =
                """
                PRAGMA synchronous = FULL;
                CREATE TABLE bench_raw (grain_key TEXT NOT NULL PRIMARY KEY, payload BLOB NOT NULL, version INTEGER NOT NULL) WITHOUT ROWID;
                """;
            await ddl.ExecuteNonQueryAsync();
        }

        _upsert = _raw.CreateCommand();
        _upsert.CommandText =
            """
            INSERT INTO bench_raw (grain_key, payload, version) VALUES ($key, $payload, 1)
            ON CONFLICT (grain_key) DO UPDATE SET payload = excluded.payload, version = version + 1;
            """;
        _upsert.Parameters.Add(new SqliteParameter { ParameterName = "$key" });
        _upsert.Parameters.Add(new SqliteParameter { ParameterName = "$payload", Value = Turns.TypicalPayload });
        _upsert.Prepare();
    }

    private async Task CleanupAsync()
    {
        if (_upsert is not null)
        {
            await _upsert.DisposeAsync();
        }

        if (_raw is not null)
        {
            await _raw.DisposeAsync();
        }

        if (_silo is not null)
        {
            await _silo.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
