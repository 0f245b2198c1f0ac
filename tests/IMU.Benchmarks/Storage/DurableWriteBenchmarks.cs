using System.Globalization;
using BenchmarkDotNet.Attributes;
using IMU.Runtime;
using IMU.Runtime.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace IMU.Benchmarks.Storage;

/// <summary>
/// Durable state writes per second on one SQLite file, WAL + synchronous=FULL in both cases:
/// the raw floor (one transaction, hence one flush, per upsert) against the grain state storage
/// with many concurrent writers, whose group commit shares one flush per batch.
/// Each benchmark performs <see cref="WritesPerInvoke"/> writes; BenchmarkDotNet reports time per write,
/// so writes/s = 1e9 / Mean(ns) and the Ratio column is the inverse of the speed-up.
/// </summary>
[MemoryDiagnoser]
public class DurableWriteBenchmarks
{
    private const int WritesPerInvoke = 1024;
    private const int PayloadSize = 512;

    private readonly byte[] _payload = new byte[PayloadSize];
    private string _directory = string.Empty;
    private SqliteConnection? _raw;
    private SqliteCommand? _upsert;
    private SqliteGrainStateStorage? _storage;
    private GrainId[] _grains = [];
    private string[] _eTags = [];
    private int _rawRow;

    /// <summary>Concurrent writers, each one grain writing its next state as soon as the previous write is durable.</summary>
    [Params(64)]
    public int Writers { get; set; }

    // BenchmarkDotNet 0.14's in-process toolchain does not await a Task-returning [GlobalSetup] or
    // [GlobalCleanup] (dotnet/BenchmarkDotNet#1738): the workload then ran before the grains and
    // ETags existed. Synchronous entry points wait in every toolchain.
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => CleanupAsync().GetAwaiter().GetResult();

    /// <summary>The floor: every upsert is its own auto-committed transaction, one WAL flush each.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = WritesPerInvoke)]
    public void RawSqliteUpsertOnePerTransaction()
    {
        var key = _upsert!.Parameters["$key"];
        for (var i = 0; i < WritesPerInvoke; i++)
        {
            key.Value = "SYS" + (_rawRow++ % 1024).ToString("D4", CultureInfo.InvariantCulture);
            _upsert.ExecuteNonQuery();
        }
    }

    /// <summary>The same durability through <see cref="SqliteGrainStateStorage"/>: ETag-checked writes, group-committed.</summary>
    [Benchmark(OperationsPerInvoke = WritesPerInvoke)]
    public Task GroupCommitWriteAsync()
    {
        var perWriter = WritesPerInvoke / Writers;
        var writers = new Task[Writers];
        for (var w = 0; w < Writers; w++)
        {
            writers[w] = WriteSequenceAsync(w, perWriter);
        }

        return Task.WhenAll(writers);
    }

    private async Task SetupAsync()
    {
        Random.Shared.NextBytes(_payload);
        _directory = Path.Combine(Path.GetTempPath(), "imu-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);

        _raw = new SqliteConnection($"Data Source={Path.Combine(_directory, "raw.db")};Pooling=False");
        await _raw.OpenAsync();
        await using (var ddl = _raw.CreateCommand())
        {
            ddl.CommandText =
                """
                PRAGMA journal_mode = WAL;
                PRAGMA synchronous = FULL;
                CREATE TABLE grain_state (grain_key TEXT NOT NULL PRIMARY KEY, payload BLOB, version INTEGER NOT NULL) WITHOUT ROWID;
                """;
            await ddl.ExecuteNonQueryAsync();
        }

        _upsert = _raw.CreateCommand();
        _upsert.CommandText =
            """
            INSERT INTO grain_state (grain_key, payload, version) VALUES ($key, $payload, 1)
            ON CONFLICT (grain_key) DO UPDATE SET payload = excluded.payload, version = version + 1;
            """;
        _upsert.Parameters.Add(new SqliteParameter { ParameterName = "$key" });
        _upsert.Parameters.Add(new SqliteParameter { ParameterName = "$payload", Value = _payload });
        _upsert.Prepare();

        _storage = new SqliteGrainStateStorage(new SqliteStorageOptions { DataSource = Path.Combine(_directory, "storage.db") });
        await _storage.InitializeAsync(CancellationToken.None);
        _grains = [.. Enumerable.Range(0, Writers).Select(i => new GrainId("lpar", "SYS" + i.ToString("D3", CultureInfo.InvariantCulture)))];
        _eTags = await Task.WhenAll(_grains.Select(g => _storage.WriteAsync("lpar", g, _payload, null, CancellationToken.None)));
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

        if (_storage is not null)
        {
            await _storage.DisposeAsync();
        }

        Directory.Delete(_directory, recursive: true);
    }

    private async Task WriteSequenceAsync(int writer, int count)
    {
        for (var i = 0; i < count; i++)
        {
            _eTags[writer] = await _storage!.WriteAsync("lpar", _grains[writer], _payload, _eTags[writer], CancellationToken.None);
        }
    }
}
