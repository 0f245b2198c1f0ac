using System.Text;
using IMU.Runtime.Storage;
using IMU.Runtime.Tests.Grains;
using IMU.TestUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace IMU.Runtime.Tests.Activation;

public sealed class PersistentStateTests
{
    [Fact]
    public async Task State_WrittenThenDeactivated_IsReadByNextActivation()
    {
        var probe = new GrainProbe();
        await using var cluster = await TestClusters.StartAsync(probe).WithTestTimeout();
        var counter = cluster.GrainFactory.GetGrain<ICounterGrain>("c");

        await counter.IncrementAsync().WithTestTimeout();
        await counter.IncrementAsync().WithTestTimeout();
        await counter.DeactivateAsync().WithTestTimeout();
        await probe.WhenRecorded("deactivate:c").WithTestTimeout();

        Assert.Equal(2, await counter.GetAsync().WithTestTimeout());
    }

    [Fact]
    public async Task ETagConflict_WriteAfterAnotherWriter_ReachesCallerAndDeactivatesTheZombie()
    {
        var probe = new GrainProbe();
        await using var cluster = await TestClusters.StartAsync(probe).WithTestTimeout();
        var counter = cluster.GrainFactory.GetGrain<ICounterGrain>("z");
        await counter.IncrementAsync().WithTestTimeout();

        // Another writer (e.g. a duplicate activation elsewhere) moves the stored state on.
        var storage = cluster.Silos[0].Services.GetRequiredKeyedService<IGrainStateStorage>(PersistentStateAttribute.DefaultStorageName);
        var grainId = new GrainId("counter", "z");
        var stored = await storage.ReadAsync("counter", grainId, CancellationToken.None).WithTestTimeout();
        await storage.WriteAsync("counter", grainId, Encoding.UTF8.GetBytes("{\"Value\":40}"), stored!.ETag, CancellationToken.None).WithTestTimeout();

        await Assert.ThrowsAsync<InconsistentStateException>(() => counter.IncrementAsync()).WithTestTimeout();
        await probe.WhenRecorded("deactivate:z").WithTestTimeout();

        Assert.Equal(41, await counter.IncrementAsync().WithTestTimeout());
    }

    [Fact]
    public async Task State_OnSqlite_SurvivesKilledSiloRestartedOnSameFile()
    {
        using var directory = new TempDirectory();
        var file = Path.Combine(directory.Path, "silo.db");
        var probe = new GrainProbe();
        await using var cluster = await TestClusters.StartAsync(probe, silo: s => s
            .AddSqliteGrainStorage(PersistentStateAttribute.DefaultStorageName, o => o.DataSource = file)
            .AddMemoryReminders()).WithTestTimeout();
        var counter = cluster.GrainFactory.GetGrain<ICounterGrain>("durable");
        for (var i = 0; i < 3; i++)
        {
            await counter.IncrementAsync().WithTestTimeout();
        }

        var before = cluster.Silos[0].Address;
        await cluster.KillSiloAsync(cluster.Silos[0]).WithTestTimeout();
        var restarted = await cluster.RestartSiloAsync(cluster.Silos[0]).WithTestTimeout();

        Assert.Equal(0, probe.Count("deactivate:durable"));
        Assert.True(restarted.Address.Generation > before.Generation);
        Assert.Equal(3, await counter.GetAsync().WithTestTimeout());
        Assert.Equal(4, await counter.IncrementAsync().WithTestTimeout());
    }
}
