using IMU.Grains;
using IMU.Grains.Diagnostics;
using IMU.Silo.Tests.Grains;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Providers;
using Orleans.Storage;

namespace IMU.Silo.Tests.Cluster;

/// <summary>Grain state, ETag fencing, reminders and failover on the embedded storage, with one silo and with three.</summary>
public sealed class ClusterFailureTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task State_AfterDeactivation_IsReadBackFromStorage(short silos)
    {
        await using var cluster = await EmbeddedTestCluster.StartAsync(silos);
        var probe = cluster.Client.GetGrain<IProbeGrain>("deactivated");
        await probe.IncrementAsync().WithTestTimeout();
        await probe.IncrementAsync().WithTestTimeout();

        await cluster.Cluster.DeactivateAsync(probe).WithTestTimeout();

        Assert.Equal(2, (await probe.ReadAsync().WithTestTimeout()).Count);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task State_AfterHostingSiloKilledAndRestarted_IsReadBack(short silos)
    {
        await using var cluster = await EmbeddedTestCluster.StartAsync(silos);
        var probe = cluster.Client.GetGrain<IProbeGrain>("killed");
        await probe.IncrementAsync().WithTestTimeout();
        var before = await probe.IncrementAsync().WithTestTimeout();

        await cluster.Cluster.KillSiloAsync(cluster.SiloNamed(before.Silo), Token).WithTestTimeout();
        await cluster.Cluster.StartAdditionalSiloAsync().WithTestTimeout();

        // With one silo the client lost its only gateway; a fresh client finds the restarted silo's.
        await cluster.ReconnectClientAsync();
        var after = await cluster.Client.GetGrain<IProbeGrain>("killed").ReadAsync().WithTestTimeout();
        Assert.Equal(2, after.Count);
        Assert.Equal(before.LastIncrementedAt, after.LastIncrementedAt);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task WriteState_StaleETag_ThrowsInconsistentStateAndTheStaleActivationDoesNotWrite(short silos)
    {
        await using var cluster = await EmbeddedTestCluster.StartAsync(silos);
        var probe = cluster.Client.GetGrain<IProbeGrain>("fenced");
        var reading = await probe.IncrementAsync().WithTestTimeout();
        var storage = cluster.Cluster.GetSiloServiceProvider(cluster.SiloNamed(reading.Silo).SiloAddress)
            .GetRequiredKeyedService<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME);
        var grainId = probe.GetGrainId();

        // Another activation of the same grain (after a partition, say) writes behind this one's back.
        var other = new GrainState<ProbeState>(new ProbeState());
        await storage.ReadStateAsync("probe", grainId, other, Token).WithTestTimeout();
        other.State = new ProbeState(100, cluster.Time.GetUtcNow());
        await storage.WriteStateAsync("probe", grainId, other, Token).WithTestTimeout();

        await Assert.ThrowsAsync<InconsistentStateException>(() => probe.IncrementAsync().WithTestTimeout());

        var stored = new GrainState<ProbeState>(new ProbeState());
        await storage.ReadStateAsync("probe", grainId, stored, Token).WithTestTimeout();
        Assert.Equal(100, stored.State!.Count);
        Assert.Equal(other.ETag, stored.ETag);

        // Orleans deactivates the activation that hit the conflict; the next one starts from what is stored.
        Assert.Equal(101, (await probe.IncrementAsync().WithTestTimeout()).Count);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task Reminder_AfterHostingSiloKilledAndRestarted_FiresAgain(short silos)
    {
        await using var cluster = await EmbeddedTestCluster.StartAsync(silos);
        var grain = cluster.Client.GetGrain<IReminderProbeGrain>("ipl-window");
        await grain.StartAsync(TimeSpan.FromMinutes(1)).WithTestTimeout();
        var firstSilo = await cluster.AdvanceUntilAsync(cluster.Ticks.NextAsync("ipl-window", Token), TimeSpan.FromMinutes(1)).WithTestTimeout();

        var host = cluster.SiloNamed(firstSilo);
        await cluster.Cluster.KillSiloAsync(host, Token).WithTestTimeout();
        await cluster.Cluster.StartAdditionalSiloAsync().WithTestTimeout();

        // The restarted silo knows the reminder only from the SQLite table; it schedules it once it has read its range.
        var nextTick = cluster.Ticks.NextAsync("ipl-window", Token);
        await cluster.AdvanceUntilAsync(nextTick, TimeSpan.FromMinutes(1)).WithTestTimeout();
        Assert.NotNull(await nextTick.WithTestTimeout());
    }

    [Fact]
    public async Task Call_GrainOnKilledSilo_IsAnsweredByAnotherSiloWithItsState()
    {
        await using var cluster = await EmbeddedTestCluster.StartAsync(3);
        var probe = cluster.Client.GetGrain<IProbeGrain>("failover");
        var before = await probe.IncrementAsync().WithTestTimeout();

        await cluster.Cluster.KillSiloAsync(cluster.SiloNamed(before.Silo), Token).WithTestTimeout();

        var after = await probe.ReadAsync().WithTestTimeout();
        Assert.NotEqual(before.Silo, after.Silo);
        Assert.Equal(1, after.Count);
    }
}
