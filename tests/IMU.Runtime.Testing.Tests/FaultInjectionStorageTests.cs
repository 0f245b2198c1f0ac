using IMU.Runtime.Storage.Memory;
using IMU.Runtime.Testing.Tests.Grains;
using IMU.TestUtilities;

namespace IMU.Runtime.Testing.Tests;

public sealed class FaultInjectionStorageTests
{
    [Fact]
    public async Task FailWrites_GrainWritesState_CallerGetsTheInjectedFaultUntilHealed()
    {
        var storage = new FaultInjectionStorage(new MemoryGrainStateStorage());
        await using var cluster = await LedgerCluster.StartAsync(new LedgerEvents(), _ => storage).WithTestTimeout();
        var grain = cluster.GrainFactory.GetGrain<ILedgerGrain>("f");
        await grain.AddAsync(1).WithTestTimeout();

        storage.FailWrites(new IOException("disk full"));
        var error = await Assert.ThrowsAsync<IOException>(() => grain.AddAsync(1)).WithTestTimeout();
        storage.Heal();

        Assert.Equal("disk full", error.Message);
        Assert.Equal(3, await grain.AddAsync(1).WithTestTimeout());
    }

    [Fact]
    public async Task FailReads_GrainActivates_CallerGetsTheInjectedFault()
    {
        var storage = new FaultInjectionStorage(new MemoryGrainStateStorage());
        storage.FailReads(new TimeoutException("storage unreachable"));
        await using var cluster = await LedgerCluster.StartAsync(new LedgerEvents(), _ => storage).WithTestTimeout();

        var error = await Assert.ThrowsAsync<TimeoutException>(() => cluster.GrainFactory.GetGrain<ILedgerGrain>("r").GetAsync()).WithTestTimeout();

        Assert.Equal("storage unreachable", error.Message);
    }
}
