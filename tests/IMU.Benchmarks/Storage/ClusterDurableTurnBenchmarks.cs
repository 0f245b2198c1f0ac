using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using IMU.Client;
using IMU.Grains;
using IMU.TestUtilities;
using Npgsql;

namespace IMU.Benchmarks.Storage;

/// <summary>
/// Durable turns per second of a real cluster: three <c>imu silo --postgres</c> processes on one
/// database, 64 probe grains spread over them by Orleans' placement, each called in its own loop from
/// one client (grain call + WriteStateAsync through our group-commit storage). The baseline, in the
/// same run and database: 64 workers each running single-row upserts in autocommit.
/// Needs <c>IMU_TEST_PG</c>; the silos are the built <c>imu</c> next to this assembly.
/// <c>dotnet run -c Release --project tests/IMU.Benchmarks -- --job short --inProcess --filter '*ClusterDurableTurn*'</c>
/// </summary>
[Config(typeof(PerSecondConfig))]
public class ClusterDurableTurnBenchmarks
{
    private const int Silos = 3;
    private const int OperationsPerInvoke = 2048;
    private const int Concurrency = 64;

    private readonly List<Process> _silos = [];
    private PostgresDatabase? _database;
    private NpgsqlDataSource? _dataSource;
    private ClusterConnection? _connection;
    private IProbeGrain[] _grains = [];

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => CleanupAsync().GetAwaiter().GetResult();

    /// <summary>The floor: 64 workers, each upsert its own transaction.</summary>
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

    /// <summary>Grain call + WriteStateAsync on three silo processes, 64 grains at once.</summary>
    [Benchmark(OperationsPerInvoke = OperationsPerInvoke)]
    public Task DurableTurnsOnThreeSilos() => Turns.RunAsync(_grains, OperationsPerInvoke);

    private async Task SetupAsync()
    {
        _database = await PostgresDatabase.CreateAsync(CancellationToken.None);
        _dataSource = NpgsqlDataSource.Create(_database.ConnectionString);
        await using (var create = _dataSource.CreateCommand("CREATE TABLE bench_raw (grain_key text PRIMARY KEY, payload bytea NOT NULL, version bigint NOT NULL)"))
        {
            await create.ExecuteNonQueryAsync();
        }

        var ports = FreePorts.Take(Silos * 3);
        var ready = new List<Task>();
        for (var i = 0; i < Silos; i++)
        {
            ready.Add(StartSilo(_database.ConnectionString, ports[i * 3], ports[(i * 3) + 1], ports[(i * 3) + 2]));
        }

        await Task.WhenAll(ready).WaitAsync(TimeSpan.FromMinutes(2));
        _connection = await ClusterConnection.ConnectAsync(
            new ClusterClientOptions { Postgres = _database.ConnectionString, ConnectTimeout = TimeSpan.FromMinutes(1) },
            CancellationToken.None);
        _grains = [.. Enumerable.Range(0, Concurrency).Select(i => _connection.Client.GetGrain<IProbeGrain>($"probe-{i}"))];
        var placed = await Task.WhenAll(_grains.Select(g => g.IncrementAsync()));
        Console.WriteLine($"// {Concurrency} grains on {placed.Select(p => p.Silo).Distinct().Count()} of {Silos} silos");
    }

    /// <summary>Starts <c>imu silo</c> and completes once it prints its ready line.</summary>
    private Task StartSilo(string postgres, int siloPort, int gatewayPort, int httpPort)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "imu.dll"), "silo", "--postgres", postgres, "--silo-port", $"{siloPort}", "--gateway-port", $"{gatewayPort}", "--http-port", $"{httpPort}" })
        {
            start.ArgumentList.Add(arg);
        }

        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.StartsWith("IMU silo ready:", StringComparison.Ordinal) == true)
            {
                ready.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.Exited += (_, _) => ready.TrySetException(new InvalidOperationException($"imu silo exited with {process.ExitCode} before it was ready"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _silos.Add(process);
        return ready.Task;
    }

    private async Task CleanupAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }

        foreach (var silo in _silos)
        {
            if (!silo.HasExited)
            {
                silo.Kill(entireProcessTree: true);
            }

            await silo.WaitForExitAsync();
            silo.Dispose();
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
}
