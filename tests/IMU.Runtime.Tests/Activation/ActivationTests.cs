using IMU.Runtime.Tests.Grains;
using IMU.TestUtilities;

namespace IMU.Runtime.Tests.Activation;

public sealed class ActivationTests
{
    [Fact]
    public async Task Call_FirstCall_ActivatesGrainAndReturnsResult()
    {
        var probe = new GrainProbe();
        await using var cluster = await TestClusters.StartAsync(probe).WithTestTimeout();

        var reply = await cluster.GrainFactory.GetGrain<IPingGrain>("a").PingAsync("hello").WithTestTimeout();

        Assert.Equal("hello from a", reply);
        Assert.Equal(1, probe.Count("activate:a"));
    }

    [Fact]
    public async Task Call_ThousandConcurrentFirstCalls_CreateExactlyOneActivation()
    {
        var probe = new GrainProbe();
        await using var cluster = await TestClusters.StartAsync(probe).WithTestTimeout();

        var calls = Enumerable.Range(0, 1000)
            .Select(i => Task.Run(() => cluster.GrainFactory.GetGrain<IPingGrain>("single").PingAsync(i.ToString(System.Globalization.CultureInfo.InvariantCulture))))
            .ToArray();
        var replies = await Task.WhenAll(calls).WithTestTimeout();

        Assert.Equal(1000, replies.Distinct().Count());
        Assert.Equal(1, probe.Count("activate:single"));
        Assert.Equal(1, cluster.Silos[0].ActivationCount);
    }

    [Fact]
    public async Task DeactivateOnIdle_AfterCall_RunsOnDeactivateAndNextCallActivatesAgain()
    {
        var probe = new GrainProbe();
        await using var cluster = await TestClusters.StartAsync(probe).WithTestTimeout();
        var grain = cluster.GrainFactory.GetGrain<IPingGrain>("d");

        await grain.DeactivateAsync().WithTestTimeout();
        await probe.WhenRecorded("deactivate:d").WithTestTimeout();
        await grain.PingAsync("again").WithTestTimeout();

        Assert.Equal(2, probe.Count("activate:d"));
    }
}
