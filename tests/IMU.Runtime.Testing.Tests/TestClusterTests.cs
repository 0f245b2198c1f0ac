using IMU.Runtime.Testing.Tests.Grains;
using IMU.TestUtilities;

namespace IMU.Runtime.Testing.Tests;

public sealed class TestClusterTests
{
    [Fact]
    public async Task StopSilo_WithActiveGrain_RunsOnDeactivate()
    {
        var events = new LedgerEvents();
        await using var cluster = await LedgerCluster.StartAsync(events).WithTestTimeout();
        await cluster.GrainFactory.GetGrain<ILedgerGrain>("a").AddAsync(1).WithTestTimeout();

        await cluster.StopSiloAsync(cluster.Silos[0]).WithTestTimeout();

        Assert.Equal(["a"], events.Deactivated);
        Assert.False(cluster.Silos[0].IsRunning);
    }

    [Fact]
    public async Task KillSilo_WithActiveGrain_SkipsOnDeactivateAndCallsFailUntilRestart()
    {
        var events = new LedgerEvents();
        await using var cluster = await LedgerCluster.StartAsync(events).WithTestTimeout();
        var grain = cluster.GrainFactory.GetGrain<ILedgerGrain>("k");
        await grain.AddAsync(5).WithTestTimeout();
        var before = cluster.Silos[0].Address;

        await cluster.KillSiloAsync(cluster.Silos[0]).WithTestTimeout();
        await Assert.ThrowsAsync<GrainCallFailedException>(() => grain.GetAsync()).WithTestTimeout();
        var restarted = await cluster.RestartSiloAsync(cluster.Silos[0]).WithTestTimeout();

        Assert.Empty(events.Deactivated);
        Assert.Same(restarted, cluster.Silos[0]);
        Assert.Equal(before.Endpoint, restarted.Address.Endpoint);
        Assert.True(restarted.Address.Generation > before.Generation);
        Assert.Equal(0, await grain.GetAsync().WithTestTimeout());
    }
}
