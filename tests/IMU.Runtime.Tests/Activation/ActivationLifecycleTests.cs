using IMU.Runtime.Testing;
using IMU.Runtime.Tests.Grains;
using IMU.TestUtilities;

namespace IMU.Runtime.Tests.Activation;

public sealed class ActivationLifecycleTests
{
    [Fact]
    public async Task OnActivateAsyncFailure_ReachesCallerAndActivationIsDiscarded()
    {
        var probe = new GrainProbe();
        await using var cluster = await TestClusters.StartAsync(probe).WithTestTimeout();
        var grain = cluster.GrainFactory.GetGrain<IFaultyGrain>("bad1");

        var first = await Assert.ThrowsAsync<InvalidOperationException>(() => grain.PingAsync()).WithTestTimeout();
        var second = await Assert.ThrowsAsync<InvalidOperationException>(() => grain.PingAsync()).WithTestTimeout();

        Assert.Equal("activation refused for bad1", first.Message);
        Assert.Equal(first.Message, second.Message);
        Assert.Equal(2, probe.Count("activate:bad1"));
        Assert.Equal(0, cluster.Silos[0].ActivationCount);
    }

    [Fact]
    public async Task IdleCollection_GrainIdleLongerThanCollectionAge_IsDeactivated()
    {
        var probe = new GrainProbe();
        var time = new FakeTimeProvider();
        await using var cluster = await TestClusters.Builder(probe, time)
            .ConfigureSilo(s => s.Configure(o =>
            {
                o.CollectionAge = TimeSpan.FromMinutes(5);
                o.CollectionQuantum = TimeSpan.FromMinutes(1);
            }))
            .BuildAndStartAsync(TestContext.Current.CancellationToken).WithTestTimeout();
        var idle = cluster.GrainFactory.GetGrain<IPingGrain>("idle");
        var busy = cluster.GrainFactory.GetGrain<IPingGrain>("busy");
        await idle.PingAsync("x").WithTestTimeout();
        await busy.PingAsync("x").WithTestTimeout();

        for (var minute = 1; minute <= 6; minute++)
        {
            time.Advance(TimeSpan.FromMinutes(1));
            await busy.PingAsync("keep alive").WithTestTimeout();
        }

        await probe.WhenRecorded("deactivate:idle").WithTestTimeout();
        Assert.Equal(0, probe.Count("deactivate:busy"));

        // OnDeactivateAsync runs before the catalog drops the activation; a new call to the grain
        // can only get a fresh activation once the collected one is gone.
        await idle.PingAsync("again").WithTestTimeout();
        Assert.Equal(2, probe.Count("activate:idle"));
        Assert.Equal(2, cluster.Silos[0].ActivationCount);
    }

    [Fact]
    public async Task Timer_TicksOnVirtualTimeAndStopsAtDeactivation()
    {
        var probe = new GrainProbe();
        var time = new FakeTimeProvider();
        await using var cluster = await TestClusters.StartAsync(probe, time).WithTestTimeout();
        var grain = cluster.GrainFactory.GetGrain<ITimerGrain>("t");
        await grain.StartTimerAsync().WithTestTimeout();

        // A timer re-arms only after its callback's turn completes (ticks never overlap), so virtual
        // time is advanced one period at a time, each followed by a turn that queues behind the tick.
        for (var period = 0; period < 5 && probe.Count("tick:t") < 2; period++)
        {
            time.Advance(TimeSpan.FromMinutes(1));
            await grain.TouchAsync().WithTestTimeout();
        }

        await probe.WhenRecorded("tick:t", 2).WithTestTimeout();
        await grain.DeactivateAsync().WithTestTimeout();
        await probe.WhenRecorded("deactivate:t").WithTestTimeout();
        time.Advance(TimeSpan.FromMinutes(5));
        await grain.DeactivateAsync().WithTestTimeout();
        await probe.WhenRecorded("deactivate:t", 2).WithTestTimeout();

        Assert.Equal(2, probe.Count("tick:t"));
    }
}
