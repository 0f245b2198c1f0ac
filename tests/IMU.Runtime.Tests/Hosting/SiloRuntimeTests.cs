using System.Text;
using IMU.Runtime.Storage;
using IMU.Runtime.Testing;
using IMU.Runtime.Tests.Grains;
using IMU.TestUtilities;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace IMU.Runtime.Tests.Hosting;

public sealed class SiloRuntimeTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    private string DatabasePath => Path.Combine(_directory.Path, "silo.db");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Kill_WithWritesQueued_KeepsAcknowledgedDropsQueuedAndClosesTheFile()
    {
        var probe = new GrainProbe();
        await using var cluster = await StartAsync(probe).WithTestTimeout();
        var counter = cluster.GrainFactory.GetGrain<ICounterGrain>("durable");
        for (var i = 0; i < 3; i++)
        {
            await counter.IncrementAsync().WithTestTimeout();
        }

        // Another process holds the write lock, so the group-commit writer cannot commit what is queued next.
        var blocker = await HoldWriteLockAsync();
        var pendingCall = counter.IncrementAsync();
        var queuedWrite = Storage(cluster).WriteAsync("counter", new GrainId("counter", "queued"), Encoding.UTF8.GetBytes("{\"Value\":40}"), null, CancellationToken.None);

        // The silo is dead once KillSiloAsync returns, so letting the writer at the file afterwards must not commit anything.
        var kill = cluster.KillSiloAsync(cluster.Silos[0]);
        await blocker.DisposeAsync();
        await kill.WithTestTimeout();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => queuedWrite).WithTestTimeout();
        await Assert.ThrowsAsync<GrainCallFailedException>(() => pendingCall).WithTestTimeout();
        Assert.False(File.Exists(DatabasePath + "-wal"), "The last connection to close removes the WAL file: a killed silo must leave none open.");
        await cluster.RestartSiloAsync(cluster.Silos[0]).WithTestTimeout();
        Assert.Equal(3, await counter.GetAsync().WithTestTimeout());
        Assert.Equal(0, await cluster.GrainFactory.GetGrain<ICounterGrain>("queued").GetAsync().WithTestTimeout());
        Assert.Equal(0, probe.Count("deactivate:durable"));
    }

    [Fact]
    public async Task Stop_WithWriteQueued_CommitsItThenClosesTheFile()
    {
        var probe = new GrainProbe();
        await using var cluster = await StartAsync(probe).WithTestTimeout();
        await cluster.GrainFactory.GetGrain<ICounterGrain>("durable").IncrementAsync().WithTestTimeout();

        var blocker = await HoldWriteLockAsync();
        var queuedWrite = Storage(cluster).WriteAsync("counter", new GrainId("counter", "queued"), Encoding.UTF8.GetBytes("{\"Value\":40}"), null, CancellationToken.None);
        var stop = cluster.StopSiloAsync(cluster.Silos[0]);
        await blocker.DisposeAsync();
        await stop.WithTestTimeout();

        Assert.Equal("1", await queuedWrite.WithTestTimeout());
        Assert.False(File.Exists(DatabasePath + "-wal"), "A stopped silo must leave no connection open.");
        await cluster.RestartSiloAsync(cluster.Silos[0]).WithTestTimeout();
        Assert.Equal(40, await cluster.GrainFactory.GetGrain<ICounterGrain>("queued").GetAsync().WithTestTimeout());
        Assert.Equal(1, probe.Count("deactivate:durable"));
    }

    private static IGrainStateStorage Storage(TestCluster cluster) =>
        cluster.Silos[0].Services.GetRequiredKeyedService<IGrainStateStorage>(PersistentStateAttribute.DefaultStorageName);

    private Task<TestCluster> StartAsync(GrainProbe probe) =>
        TestClusters.StartAsync(probe, silo: s => s
            .AddSqliteGrainStorage(PersistentStateAttribute.DefaultStorageName, o => o.DataSource = DatabasePath)
            .AddSqliteReminders(o => o.DataSource = DatabasePath));

    private async Task<SqliteConnection> HoldWriteLockAsync()
    {
        var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var begin = connection.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE;";
        await begin.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        return connection;
    }
}
