using System.Globalization;
using System.Text;
using IMU.Runtime.Hosting;
using IMU.Runtime.Storage;
using IMU.Runtime.Storage.Sqlite;
using IMU.TestUtilities;
using Microsoft.Data.Sqlite;

namespace IMU.Runtime.Tests.Storage;

public sealed class SqliteGrainStateStorageTests : GrainStateStorageContractTests
{
    private readonly TempDirectory _directory = new();

    private string DatabasePath => Path.Combine(_directory.Path, "silo.db");

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task Write_ThenReopenFile_DataSurvives()
    {
        var eTag = await Storage.WriteAsync("lpar", Grain("SYSA"), Payload("durable"), null, Token).WithTestTimeout();
        await ((SqliteGrainStateStorage)Storage).DisposeAsync();

        await using var reopened = await OpenAsync();

        var record = await reopened.ReadAsync("lpar", Grain("SYSA"), Token).WithTestTimeout();
        Assert.Equal("durable", Encoding.UTF8.GetString(record!.Payload.Span));
        Assert.Equal(eTag, record.ETag);
        Assert.Equal(
            await reopened.WriteAsync("lpar", Grain("SYSA"), Payload("next"), eTag, Token).WithTestTimeout(),
            (await reopened.ReadAsync("lpar", Grain("SYSA"), Token).WithTestTimeout())!.ETag);
    }

    [Fact]
    public async Task Initialize_NewFile_UsesWalAndRecordsSchemaVersion()
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync(Token);
        await using var command = connection.CreateCommand();

        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync(Token));
        command.CommandText = "SELECT version || ':' || name FROM schema_version ORDER BY version;";
        Assert.Equal("1:0001_initial.sql", (string?)await command.ExecuteScalarAsync(Token));
    }

    [Fact]
    public async Task Initialize_Twice_AppliesEachScriptOnce()
    {
        await using (var second = await OpenAsync())
        {
            await second.WriteAsync("lpar", Grain("SYSB"), Payload("b"), null, Token).WithTestTimeout();
        }

        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync(Token);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM schema_version;";
        Assert.Equal(1L, (long)(await command.ExecuteScalarAsync(Token))!);
    }

    [Fact]
    public async Task Write_BeforeInitialize_ThrowsWithInstruction()
    {
        await using var storage = new SqliteGrainStateStorage(new SqliteStorageOptions { DataSource = Path.Combine(_directory.Path, "other.db") });

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => storage.WriteAsync("lpar", Grain("SYSA"), Payload("1"), null, Token).WithTestTimeout());

        Assert.Contains("InitializeAsync", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_Invalid_ListEveryProblem()
    {
        var options = new SqliteStorageOptions { DataSource = " ", MaxBatchSize = 0 };

        var problems = options.Validate();

        Assert.Equal(2, problems.Count);
        Assert.Throws<ArgumentException>(() => new SqliteGrainStateStorage(options));
    }

    [Fact]
    public async Task Write_ManyConcurrentWriters_AreGroupedIntoFewerTransactions()
    {
        const int Writers = 64;
        const int Rounds = 8;
        var eTags = new string?[Writers];

        for (var round = 0; round < Rounds; round++)
        {
            var writes = Enumerable.Range(0, Writers)
                .Select(i => Storage.WriteAsync("lpar", Grain($"SYS{i:D2}"), Payload($"{i}:{round}"), eTags[i], Token))
                .ToArray();
            var results = await Task.WhenAll(writes).WithTestTimeout();
            results.CopyTo(eTags, 0);
        }

        // Each write bumps its row's version once, whatever batch it was in; the commit count is what group commit saves.
        Assert.All(eTags, e => Assert.Equal(Rounds.ToString(CultureInfo.InvariantCulture), e));
        Assert.True(
            ((SqliteGrainStateStorage)Storage).CommittedBatches < Writers * Rounds / 4,
            "64 writers queued at once should share transactions, not commit one by one.");
    }

    [Fact]
    public async Task Kill_WhileWritesQueued_AcknowledgedSurviveOthersAllOrNothing()
    {
        // Small batches, many of them: the kill lands while most writes are still queued.
        var killed = Path.Combine(_directory.Path, "killed.db");
        var storage = await OpenAsync(killed, maxBatchSize: 4);
        const int Count = 2000;
        var payloads = Enumerable.Range(0, Count).Select(i => Encoding.UTF8.GetBytes(new string((char)('a' + (i % 26)), 2048) + i)).ToArray();
        var acknowledged = new bool[Count];
        var tenAcknowledged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var acknowledgedCount = 0;

        var writes = Enumerable.Range(0, Count).Select(async i =>
        {
            await storage.WriteAsync("lpar", Grain($"K{i:D3}"), payloads[i], null, CancellationToken.None);
            acknowledged[i] = true;
            if (Interlocked.Increment(ref acknowledgedCount) == 10)
            {
                tenAcknowledged.TrySetResult();
            }
        }).ToArray();
        await tenAcknowledged.Task.WithTestTimeout();

        await ((IKillable)storage).KillAsync().AsTask().WithTestTimeout();
        var outcomes = await Task.WhenAll(writes.Select(Settle)).WithTestTimeout();

        Assert.All(outcomes, o => Assert.True(o is null or ObjectDisposedException, $"unexpected outcome {o}"));
        Assert.Contains(outcomes, o => o is ObjectDisposedException);
        await using var reopened = await OpenAsync(killed);
        for (var i = 0; i < Count; i++)
        {
            var record = await reopened.ReadAsync("lpar", Grain($"K{i:D3}"), Token).WithTestTimeout();
            if (acknowledged[i])
            {
                Assert.NotNull(record);
            }

            if (record is not null)
            {
                Assert.Equal(payloads[i], record.Payload.ToArray());
            }
        }
    }

    [Fact]
    public async Task Write_AfterDispose_ThrowsObjectDisposed()
    {
        await ((SqliteGrainStateStorage)Storage).DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => Storage.WriteAsync("lpar", Grain("SYSA"), Payload("1"), null, Token).WithTestTimeout());
    }

    protected override async Task<IGrainStateStorage> CreateStorageAsync() => await OpenAsync();

    private static async Task<Exception?> Settle(Task task)
    {
        try
        {
            await task;
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }

    private Task<SqliteGrainStateStorage> OpenAsync() => OpenAsync(DatabasePath);

    private static async Task<SqliteGrainStateStorage> OpenAsync(string path, int maxBatchSize = 512)
    {
        var storage = new SqliteGrainStateStorage(new SqliteStorageOptions { DataSource = path, MaxBatchSize = maxBatchSize });
        await storage.InitializeAsync(Token).WithTestTimeout();
        return storage;
    }
}
