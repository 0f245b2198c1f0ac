using BenchmarkDotNet.Attributes;
using IMU.Grains;
using IMU.Silo.Hosting;
using IMU.Silo.Migrations;
using IMU.Silo.Storage;
using IMU.Silo.Storage.PostgreSql;
using IMU.TestUtilities;
using Npgsql;

namespace IMU.Benchmarks.Storage;

/// <summary>
/// Durable turns per second on PostgreSQL (fsync and synchronous_commit on), 64 grains called at once,
/// through Orleans' stock ADO.NET storage (<c>AdoNet</c>, on a schema written from its query contract)
/// and through our group-commit <c>PostgreSqlGrainStorage</c> (<c>GroupCommit</c>, what the cluster uses).
/// The baseline is 64 workers each running single-row upserts in autocommit at the same concurrency.
/// Needs <c>IMU_TEST_PG</c> (see tests/IMU.TestUtilities/PostgresDatabase.cs); each run gets a fresh database.
/// <c>dotnet run -c Release --project tests/IMU.Benchmarks -- --job short --filter '*PostgreSqlDurableTurn*'</c>
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerSecondConfig))]
public class PostgreSqlDurableTurnBenchmarks
{
    private const int OperationsPerInvoke = 1024;
    private const int Concurrency = 64;

    private PostgresDatabase? _database;
    private NpgsqlDataSource? _dataSource;
    private BenchmarkSilo? _silo;
    private IProbeGrain[] _grains = [];

    [Params("AdoNet", "GroupCommit")]
    public string Storage { get; set; } = "GroupCommit";

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => CleanupAsync().GetAwaiter().GetResult();

    /// <summary>The floor: 64 workers, each upsert its own transaction (one WAL flush each, which PostgreSQL may share between sessions).</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = OperationsPerInvoke)]
    public Task RawUpsertsAtTheSameConcurrency()
    {
        var workers = new Task[Concurrency];
        for (var w = 0; w < Concurrency; w++)
        {
            workers[w] = UpsertLoopAsync(w, OperationsPerInvoke / Concurrency);
        }

        return Task.WhenAll(workers);
    }

    /// <summary>Grain call + WriteStateAsync through the silo, 64 grains at once.</summary>
    [Benchmark(OperationsPerInvoke = OperationsPerInvoke)]
    public Task DurableTurns() => Turns.RunAsync(_grains, OperationsPerInvoke);

    private async Task SetupAsync()
    {
        _database = await PostgresDatabase.CreateAsync(CancellationToken.None);
        _dataSource = PostgreSqlDataSources.Create(_database.ConnectionString);
        await new PostgreSqlSchemaMigrator(_dataSource, TimeProvider.System).MigrateAsync(CancellationToken.None);
        await ExecuteAsync(ReadStockSchema());
        await ExecuteAsync("CREATE TABLE bench_raw (grain_key text PRIMARY KEY, payload bytea NOT NULL, version bigint NOT NULL)");

        var connectionString = _database.ConnectionString;
        var dataSource = _dataSource;
        _silo = await BenchmarkSilo.StartAsync(silo =>
        {
            if (Storage == "AdoNet")
            {
                silo.AddAdoNetGrainStorageAsDefault(options =>
                {
                    options.Invariant = "Npgsql";
                    options.ConnectionString = connectionString;
                    options.GrainStorageSerializer = new JsonGrainStateSerializer();
                });
            }
            else
            {
                silo.AddPostgreSqlGrainStorage("Default", _ => dataSource);
            }
        });
        _grains = [.. Enumerable.Range(0, Concurrency).Select(i => _silo.Grains.GetGrain<IProbeGrain>($"probe-{i}"))];
        await Task.WhenAll(_grains.Select(g => g.IncrementAsync()));
    }

    private async Task CleanupAsync()
    {
        if (_silo is not null)
        {
            await _silo.DisposeAsync();
        }

        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    private async Task UpsertLoopAsync(int worker, int count)
    {
        var key = $"probe-{worker}";
        for (var i = 0; i < count; i++)
        {
            await using var command = _dataSource!.CreateCommand(
                "INSERT INTO bench_raw (grain_key, payload, version) VALUES ($1, $2, 1) ON CONFLICT (grain_key) DO UPDATE SET payload = excluded.payload, version = bench_raw.version + 1");
            command.Parameters.Add(new NpgsqlParameter { Value = key });
            command.Parameters.Add(new NpgsqlParameter { Value = Turns.TypicalPayload });
            await command.ExecuteNonQueryAsync();
        }
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var command = _dataSource!.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    private static string ReadStockSchema()
    {
        using var stream = typeof(PostgreSqlDurableTurnBenchmarks).Assembly.GetManifestResourceStream("IMU.Benchmarks.StockAdoNetPersistence.sql")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
