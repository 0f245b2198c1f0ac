using IMU.Runtime.Tests.Grains;
using IMU.TestUtilities;

namespace IMU.Runtime.Tests.Scheduling;

public sealed class TurnSchedulingTests
{
    [Fact]
    public async Task NonReentrantGrain_SecondCallWhileFirstAwaits_WaitsForFirstToComplete()
    {
        var probe = new GrainProbe();
        await using var cluster = await TestClusters.StartAsync(probe).WithTestTimeout();
        var grain = cluster.GrainFactory.GetGrain<ITurnGrain>("t");

        var first = grain.RunAsync("g1");
        await probe.WhenRecorded("start:g1").WithTestTimeout();
        var second = grain.RunAsync("g2");

        // An interleaving query sent after the second call completes while the first still holds the turn.
        Assert.Equal(1, await grain.RunningAsync().WithTestTimeout());
        Assert.Equal(0, probe.Count("start:g2"));

        probe.Gate("g1").SetResult();
        await probe.WhenRecorded("start:g2").WithTestTimeout();
        Assert.Equal(1, probe.Count("end:g1"));
        probe.Gate("g2").SetResult();

        Assert.Equal(1, await first.WithTestTimeout());
        Assert.Equal(1, await second.WithTestTimeout());
    }

    [Fact]
    public async Task ReentrantGrain_SecondCallWhileFirstAwaits_Interleaves()
    {
        var probe = new GrainProbe();
        await using var cluster = await TestClusters.StartAsync(probe).WithTestTimeout();
        var grain = cluster.GrainFactory.GetGrain<IReentrantTurnGrain>("r");

        var first = grain.RunAsync("r1");
        await probe.WhenRecorded("start:r1").WithTestTimeout();
        var second = grain.RunAsync("r2");
        await probe.WhenRecorded("start:r2").WithTestTimeout();

        Assert.Equal(0, probe.Count("end:r1"));
        Assert.Equal(2, await grain.RunningAsync().WithTestTimeout());
        probe.Gate("r2").SetResult();
        probe.Gate("r1").SetResult();
        Assert.Equal(2, await first.WithTestTimeout());
        Assert.Equal(2, await second.WithTestTimeout());
    }

    [Fact]
    public async Task AlwaysInterleaveMethod_OnBusyNonReentrantGrain_RunsImmediately()
    {
        var probe = new GrainProbe();
        await using var cluster = await TestClusters.StartAsync(probe).WithTestTimeout();
        var grain = cluster.GrainFactory.GetGrain<ITurnGrain>("q");

        var busy = grain.RunAsync("q1");
        await probe.WhenRecorded("start:q1").WithTestTimeout();

        Assert.Equal(1, await grain.RunningAsync().WithTestTimeout());
        probe.Gate("q1").SetResult();
        await busy.WithTestTimeout();
        Assert.Equal(0, await grain.RunningAsync().WithTestTimeout());
    }

    [Fact]
    public async Task NonReentrantGrain_ManyQueuedCalls_RunOneAtATimeInArrivalOrder()
    {
        var probe = new GrainProbe();
        await using var cluster = await TestClusters.StartAsync(probe).WithTestTimeout();
        var grain = cluster.GrainFactory.GetGrain<ITurnGrain>("order");
        for (var i = 0; i < 20; i++)
        {
            probe.Gate($"o{i}").SetResult();
        }

        var calls = Enumerable.Range(0, 20).Select(i => grain.RunAsync($"o{i}")).ToArray();
        var maxRunning = await Task.WhenAll(calls).WithTestTimeout();

        Assert.All(maxRunning, m => Assert.Equal(1, m));
    }
}
