using IMU.Runtime.Tests.Grains;
using IMU.TestUtilities;

namespace IMU.Runtime.Tests.Scheduling;

public sealed class DeadlockDetectionTests
{
    [Fact]
    public async Task CallCycle_AToBToA_FailsFastNamingTheChain()
    {
        var probe = new GrainProbe();
        await using var cluster = await TestClusters.StartAsync(probe).WithTestTimeout();

        var error = await Assert.ThrowsAsync<GrainCallDeadlockException>(
            () => cluster.GrainFactory.GetGrain<IChainGrain>("A").CallAsync(["B", "A"])).WithTestTimeout();

        Assert.Equal("deadlock: chain/A -> chain/B -> chain/A", error.Message);
    }

    [Fact]
    public async Task CallChain_WithoutCycle_Completes()
    {
        var probe = new GrainProbe();
        await using var cluster = await TestClusters.StartAsync(probe).WithTestTimeout();

        var last = await cluster.GrainFactory.GetGrain<IChainGrain>("A").CallAsync(["B", "C", "D"]).WithTestTimeout();

        Assert.Equal("D", last);
    }

    [Fact]
    public async Task SelfCall_OnNonReentrantGrain_FailsFast()
    {
        var probe = new GrainProbe();
        await using var cluster = await TestClusters.StartAsync(probe).WithTestTimeout();

        var error = await Assert.ThrowsAsync<GrainCallDeadlockException>(
            () => cluster.GrainFactory.GetGrain<IChainGrain>("S").CallAsync(["S"])).WithTestTimeout();

        Assert.Equal("deadlock: chain/S -> chain/S", error.Message);
    }
}
