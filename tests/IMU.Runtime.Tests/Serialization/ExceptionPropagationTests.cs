using IMU.Runtime.Tests.Grains;
using IMU.TestUtilities;

namespace IMU.Runtime.Tests.Serialization;

public sealed class ExceptionPropagationTests
{
    [Fact]
    public async Task GrainException_OfKnownType_ReachesCallerWithSameTypeAndMessage()
    {
        await using var cluster = await TestClusters.StartAsync(new GrainProbe()).WithTestTimeout();
        var grain = cluster.GrainFactory.GetGrain<IFaultyGrain>("f");

        var builtIn = await Assert.ThrowsAsync<InvalidOperationException>(() => grain.ThrowInvalidOperationAsync("zone is locked")).WithTestTimeout();
        var custom = await Assert.ThrowsAsync<TestGrainException>(() => grain.ThrowCustomAsync("SYSMOD UA12345 held")).WithTestTimeout();

        Assert.Equal("zone is locked", builtIn.Message);
        Assert.Equal("SYSMOD UA12345 held", custom.Message);
        Assert.Contains(nameof(FaultyGrain), custom.StackTrace, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GrainException_WithoutMessageConstructor_ArrivesAsGrainCallFailedWithOriginalTypeAndMessage()
    {
        await using var cluster = await TestClusters.StartAsync(new GrainProbe()).WithTestTimeout();

        var error = await Assert.ThrowsAsync<GrainCallFailedException>(
            () => cluster.GrainFactory.GetGrain<IFaultyGrain>("f").ThrowCodeOnlyAsync(42)).WithTestTimeout();

        Assert.Equal(typeof(CodeOnlyException).FullName, error.OriginalTypeName);
        Assert.Equal("code 42", error.OriginalMessage);
    }

    [Fact]
    public async Task GrainException_AfterThrow_GrainKeepsServingCalls()
    {
        await using var cluster = await TestClusters.StartAsync(new GrainProbe()).WithTestTimeout();
        var grain = cluster.GrainFactory.GetGrain<IFaultyGrain>("f");

        await Assert.ThrowsAsync<InvalidOperationException>(() => grain.ThrowInvalidOperationAsync("x")).WithTestTimeout();

        Assert.Equal("pong", await grain.PingAsync().WithTestTimeout());
    }
}
