using IMU.Runtime.Testing;
using IMU.Runtime.Tests.Grains;
using IMU.TestUtilities;

namespace IMU.Runtime.Tests.Scheduling;

public sealed class CallDeadlineTests
{
    [Fact]
    public async Task Call_NotCompletedWithinThirtySeconds_FailsWithTimeoutNamingGrainMethodAndDeadline()
    {
        var probe = new GrainProbe();
        var time = new FakeTimeProvider();
        await using var cluster = await TestClusters.StartAsync(probe, time).WithTestTimeout();

        var call = cluster.GrainFactory.GetGrain<IChainGrain>("slow").HangAsync();
        time.Advance(TimeSpan.FromSeconds(29));
        Assert.False(call.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(2));

        var error = await Assert.ThrowsAsync<GrainCallTimeoutException>(() => call).WithTestTimeout();
        Assert.Contains("chain/slow", error.Message, StringComparison.Ordinal);
        Assert.Contains("IChainGrain.HangAsync", error.Message, StringComparison.Ordinal);
        Assert.Contains("00:00:30", error.Message, StringComparison.Ordinal);
        probe.Gate("hang:slow").SetResult();
    }

    [Fact]
    public async Task Call_CancelledByCaller_FailsAndCancelsTheGrainsToken()
    {
        var probe = new GrainProbe();
        await using var cluster = await TestClusters.StartAsync(probe).WithTestTimeout();
        using var cancellation = new CancellationTokenSource();

        var call = cluster.GrainFactory.GetGrain<IChainGrain>("c").WaitForCancellationAsync(cancellation.Token);
        await probe.WhenRecorded("waiting:c").WithTestTimeout();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call).WithTestTimeout();
        await probe.WhenRecorded("cancelled:c").WithTestTimeout();
    }
}
