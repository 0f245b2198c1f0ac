using IMU.Runtime.Tests.Grains;
using IMU.TestUtilities;

namespace IMU.Runtime.Tests.Serialization;

public sealed class CopySemanticsTests
{
    [Fact]
    public async Task Argument_MutatedByCallerAfterCall_DoesNotChangeGrainsCopy()
    {
        await using var cluster = await TestClusters.StartAsync(new GrainProbe()).WithTestTimeout();
        var grain = cluster.GrainFactory.GetGrain<IPingGrain>("copy");
        var items = new List<string> { "UA00001", "UA00002" };

        var returned = await grain.RememberAsync(items).WithTestTimeout();
        items.Add("UA00003");
        returned.Add("UA00004");

        Assert.NotSame(items, returned);
        Assert.Equal(2, await grain.RememberedCountAsync().WithTestTimeout());
    }

    [Fact]
    public async Task ValueTaskAndVoidMethods_RoundTrip()
    {
        await using var cluster = await TestClusters.StartAsync(new GrainProbe()).WithTestTimeout();
        var grain = cluster.GrainFactory.GetGrain<IPingGrain>("v");

        Assert.Equal(5, await grain.AddAsync(2, 3).AsTask().WithTestTimeout());
        await grain.NothingAsync().WithTestTimeout();
    }

    [Fact]
    public async Task GetGrain_InterfaceWithUnserializableArgument_FailsNamingTypeMethodAndFix()
    {
        await using var cluster = await TestClusters.StartAsync(new GrainProbe()).WithTestTimeout();

        var error = Assert.Throws<InvalidOperationException>(() => cluster.GrainFactory.GetGrain<IUnserializableGrain>("u"));

        Assert.Contains(typeof(Unregistered).FullName!, error.Message, StringComparison.Ordinal);
        Assert.Contains("parameter 'value' of IUnserializableGrain.SendAsync", error.Message, StringComparison.Ordinal);
        Assert.Contains("JsonSerializable", error.Message, StringComparison.Ordinal);
    }
}
