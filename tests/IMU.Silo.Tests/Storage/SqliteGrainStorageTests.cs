using System.Globalization;
using IMU.Silo.Migrations;
using IMU.Silo.Storage;
using IMU.Silo.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Orleans.Storage;

namespace IMU.Silo.Tests.Storage;

public sealed class SqliteGrainStorageTests : GrainStorageContractTests
{
    private readonly TempDirectory _directory = new();

    private string DatabasePath => Path.Combine(_directory.Path, "imu.db");

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task Write_ThenReopenFile_StateAndETagSurvive()
    {
        var eTag = await WriteAsync(Grain("SYSA"), State("durable", 1));
        await ((SqliteGrainStorage)Storage).DisposeAsync();

        await using var reopened = await OpenAsync(DatabasePath);

        var state = new GrainState<LparStateV1>(new LparStateV1());
        await reopened.ReadStateAsync("lpar", Grain("SYSA"), state, Token).WithTestTimeout();
        Assert.Equal(new LparStateV1("durable", 1, null), state.State);
        Assert.Equal(eTag, state.ETag);
    }

    [Fact]
    public async Task Write_StoredPayload_IsThePlainJsonOfTheRecord()
    {
        await WriteAsync(Grain("SYSA"), State("SYSA", 2));

        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync(Token);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT grain_type || '|' || grain_key || '|' || state_name || '|' || CAST(payload AS TEXT) FROM imu_grain_state;";

        Assert.Equal("""lpar|SYSA|lpar|{"lpar":"SYSA","ipls":2,"lastIplAt":null}""", (string?)await command.ExecuteScalarAsync(Token));
    }

    [Fact]
    public async Task Write_ManyConcurrentWriters_AreGroupedIntoFewerTransactions()
    {
        const int Writers = 64;
        const int Rounds = 8;
        var states = Enumerable.Range(0, Writers).Select(i => State($"SYS{i:D2}", 0)).ToArray();

        for (var round = 1; round <= Rounds; round++)
        {
            foreach (var state in states)
            {
                state.State = state.State! with { Ipls = round };
            }

            await Task.WhenAll(states.Select((s, i) => Storage.WriteStateAsync("lpar", Grain($"SYS{i:D2}"), s, Token))).WithTestTimeout();
        }

        // Each write bumps its row's version once, whatever batch it was in; the commit count is what group commit saves.
        Assert.All(states, s => Assert.Equal(Rounds.ToString(CultureInfo.InvariantCulture), s.ETag));
        Assert.True(
            ((SqliteGrainStorage)Storage).CommittedBatches < Writers * Rounds / 4,
            $"64 writers queued at once should share transactions, not commit one by one ({((SqliteGrainStorage)Storage).CommittedBatches} commits for {Writers * Rounds} writes).");
    }

    [Fact]
    public async Task Kill_WhileWritesQueued_AcknowledgedSurviveOthersAllOrNothing()
    {
        // Small batches, many of them: the kill lands while most writes are still queued.
        var killedPath = Path.Combine(_directory.Path, "killed.db");
        await new SqliteSchemaMigrator(killedPath, TimeProvider.System).MigrateAsync(Token).WithTestTimeout();
        var storage = await OpenAsync(killedPath, maxBatchSize: 4);
        const int Count = 2000;
        var states = Enumerable.Range(0, Count).Select(i => State(new string((char)('a' + (i % 26)), 2048) + i, i)).ToArray();
        var acknowledged = new bool[Count];
        var tenAcknowledged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var acknowledgedCount = 0;

        var writes = Enumerable.Range(0, Count).Select(async i =>
        {
            await storage.WriteStateAsync("lpar", Grain($"K{i:D4}"), states[i], CancellationToken.None);
            acknowledged[i] = true;
            if (Interlocked.Increment(ref acknowledgedCount) == 10)
            {
                tenAcknowledged.TrySetResult();
            }
        }).ToArray();
        await tenAcknowledged.Task.WithTestTimeout();

        await storage.KillAsync().AsTask().WithTestTimeout();
        var outcomes = await Task.WhenAll(writes.Select(SettleAny)).WithTestTimeout();

        Assert.All(outcomes, o => Assert.True(o is null or ObjectDisposedException, $"unexpected outcome {o}"));
        Assert.Contains(outcomes, o => o is ObjectDisposedException);
        await using var reopened = await OpenAsync(killedPath);
        for (var i = 0; i < Count; i++)
        {
            var read = new GrainState<LparStateV1>(new LparStateV1());
            await reopened.ReadStateAsync("lpar", Grain($"K{i:D4}"), read, Token).WithTestTimeout();
            if (acknowledged[i])
            {
                Assert.True(read.RecordExists, $"acknowledged write {i} is missing");
            }

            if (read.RecordExists)
            {
                Assert.Equal(states[i].State, read.State);
            }
        }
    }

    [Fact]
    public async Task Write_AfterDispose_ThrowsObjectDisposed()
    {
        await ((SqliteGrainStorage)Storage).DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => WriteAsync(Grain("SYSA"), State("SYSA", 1)));
    }

    [Fact]
    public async Task Write_BeforeInitialize_ThrowsSayingWhoInitializes()
    {
        var storage = new SqliteGrainStorage("Default", new SqliteGrainStorageOptions { DataSource = DatabasePath }, new JsonGrainStateSerializer(), Activators, TimeProvider.System);

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(
            () => storage.WriteStateAsync("lpar", Grain("SYSA"), State("SYSA", 1), Token).WithTestTimeout());

        Assert.Contains("silo initializes it at start", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_Invalid_ListsEveryProblem()
    {
        var options = new SqliteGrainStorageOptions { DataSource = " ", MaxBatchSize = 0 };

        var ex = Assert.Throws<ArgumentException>(() => new SqliteGrainStorage("Default", options, new JsonGrainStateSerializer(), Activators, TimeProvider.System));

        Assert.Equal(2, options.Validate().Count);
        Assert.Contains("DataSource", ex.Message, StringComparison.Ordinal);
        Assert.Contains("MaxBatchSize", ex.Message, StringComparison.Ordinal);
    }

    protected override async Task<IGrainStorage> CreateStorageAsync()
    {
        await new SqliteSchemaMigrator(DatabasePath, TimeProvider.System).MigrateAsync(Token);
        return await OpenAsync(DatabasePath);
    }

    private static async Task<Exception?> SettleAny(Task task)
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

    private static async Task<SqliteGrainStorage> OpenAsync(string path, int maxBatchSize = 512)
    {
        var storage = new SqliteGrainStorage("Default", new SqliteGrainStorageOptions { DataSource = path, MaxBatchSize = maxBatchSize }, new JsonGrainStateSerializer(), Activators, TimeProvider.System);
        await storage.InitializeAsync(Token).WithTestTimeout();
        return storage;
    }
}
