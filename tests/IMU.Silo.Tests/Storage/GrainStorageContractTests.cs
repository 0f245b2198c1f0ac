using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace IMU.Silo.Tests.Storage;

/// <summary>What every grain storage provider we configure must do under Orleans' contract; one sealed subclass per provider.</summary>
public abstract class GrainStorageContractTests : IAsyncLifetime
{
    private const string StateName = "lpar";
    private IGrainStorage? _storage;

    protected IGrainStorage Storage => _storage ?? throw new InvalidOperationException("The storage is created in InitializeAsync.");

    protected static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>Orleans' activators, as a silo would hand them to a storage provider.</summary>
    protected static IActivatorProvider Activators { get; } =
        new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<IActivatorProvider>();

    public async ValueTask InitializeAsync() => _storage = await CreateStorageAsync().WithTestTimeout();

    public virtual async ValueTask DisposeAsync()
    {
        if (_storage is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    protected static GrainId Grain(string key) => GrainId.Create("lpar", key);

    protected static GrainState<LparStateV1> State(string lpar, int ipls, string? eTag = null) =>
        new(new LparStateV1(lpar, ipls, null)) { ETag = eTag };

    protected abstract Task<IGrainStorage> CreateStorageAsync();

    protected async Task<GrainState<T>> ReadAsync<T>(GrainId grainId, string stateName = StateName)
        where T : new()
    {
        var state = new GrainState<T>(new T());
        await Storage.ReadStateAsync(stateName, grainId, state, Token).WithTestTimeout();
        return state;
    }

    /// <summary>The stored state record, read the way a new activation reads it.</summary>
    protected async Task<LparStateV1> StoredAsync(GrainId grainId, string stateName = StateName) =>
        (await ReadAsync<LparStateV1>(grainId, stateName)).State ?? throw new InvalidOperationException("The storage returned a null state.");

    protected async Task<string> WriteAsync(GrainId grainId, GrainState<LparStateV1> state, string stateName = StateName)
    {
        await Storage.WriteStateAsync(stateName, grainId, state, Token).WithTestTimeout();
        return state.ETag!;
    }

    [Fact]
    public async Task Read_Missing_HasNoRecordNoETagAndEmptyState()
    {
        var state = await ReadAsync<LparStateV1>(Grain("SYSA"));

        Assert.False(state.RecordExists);
        Assert.Null(state.ETag);
        Assert.Equal(new LparStateV1(), state.State);
    }

    [Fact]
    public async Task Write_ThenRead_ReturnsStateAndETag()
    {
        var written = State("SYSA", 1);
        var eTag = await WriteAsync(Grain("SYSA"), written);

        var read = await ReadAsync<LparStateV1>(Grain("SYSA"));

        Assert.True(written.RecordExists);
        Assert.True(read.RecordExists);
        Assert.Equal(new LparStateV1("SYSA", 1, null), read.State);
        Assert.Equal(eTag, read.ETag);
    }

    [Fact]
    public async Task Write_EveryWrite_ChangesETag()
    {
        var state = State("SYSA", 1);
        var first = await WriteAsync(Grain("SYSA"), state);
        state.State = state.State! with { Ipls = 2 };
        var second = await WriteAsync(Grain("SYSA"), state);
        var third = await WriteAsync(Grain("SYSA"), state);

        Assert.Equal(3, new HashSet<string>([first, second, third]).Count);
        Assert.Equal(third, (await ReadAsync<LparStateV1>(Grain("SYSA"))).ETag);
    }

    [Fact]
    public async Task Write_StaleETag_ThrowsInconsistentStateAndKeepsStoredState()
    {
        var first = await WriteAsync(Grain("SYSA"), State("SYSA", 1));
        var second = await WriteAsync(Grain("SYSA"), State("SYSA", 2, first));

        var ex = await Assert.ThrowsAsync<InconsistentStateException>(() => WriteAsync(Grain("SYSA"), State("zombie", 99, first)));

        Assert.Equal(second, ex.StoredEtag);
        Assert.Equal(first, ex.CurrentEtag);
        Assert.Equal(new LparStateV1("SYSA", 2, null), (await ReadAsync<LparStateV1>(Grain("SYSA"))).State);
    }

    [Fact]
    public async Task Write_ETagButNothingStored_ThrowsInconsistentState()
    {
        await Assert.ThrowsAsync<InconsistentStateException>(() => WriteAsync(Grain("SYSA"), State("SYSA", 1, "1")));

        Assert.False((await ReadAsync<LparStateV1>(Grain("SYSA"))).RecordExists);
    }

    [Fact]
    public async Task Write_NoETagOverStoredState_ThrowsInconsistentState()
    {
        await WriteAsync(Grain("SYSA"), State("SYSA", 1));

        await Assert.ThrowsAsync<InconsistentStateException>(() => WriteAsync(Grain("SYSA"), State("zombie", 99)));

        Assert.Equal(1, (await StoredAsync(Grain("SYSA"))).Ipls);
    }

    [Fact]
    public async Task Write_SameKeyOtherStateNameOrGrainType_AreIndependent()
    {
        await WriteAsync(Grain("SYSA"), State("a", 1));
        await WriteAsync(Grain("SYSA"), State("b", 2), stateName: "zones");
        await WriteAsync(GrainId.Create("zone", "SYSA"), State("c", 3));

        Assert.Equal("a", (await StoredAsync(Grain("SYSA"))).Lpar);
        Assert.Equal("b", (await StoredAsync(Grain("SYSA"), "zones")).Lpar);
        Assert.Equal("c", (await StoredAsync(GrainId.Create("zone", "SYSA"))).Lpar);
    }

    [Fact]
    public async Task Write_RenamedStateClass_ReadsTheStoredState()
    {
        var written = new LparStateV1("SYSA", 7, new DateTimeOffset(2026, 3, 1, 2, 0, 0, TimeSpan.Zero));
        await Storage.WriteStateAsync(StateName, Grain("SYSA"), new GrainState<LparStateV1>(written), Token).WithTestTimeout();

        var read = await ReadAsync<RenamedLparState>(Grain("SYSA"));

        Assert.True(read.RecordExists);
        Assert.Equal(new RenamedLparState("SYSA", 7, written.LastIplAt), read.State);
    }

    [Fact]
    public async Task Clear_ThenRead_HasNoRecordAndEmptyState()
    {
        var state = State("SYSA", 1);
        await WriteAsync(Grain("SYSA"), state);

        await Storage.ClearStateAsync(StateName, Grain("SYSA"), state, Token).WithTestTimeout();

        Assert.False(state.RecordExists);
        var read = await ReadAsync<LparStateV1>(Grain("SYSA"));
        Assert.False(read.RecordExists);
        Assert.Equal(new LparStateV1(), read.State);
    }

    [Fact]
    public async Task Clear_ThenWriteBySameActivation_Succeeds()
    {
        var state = State("SYSA", 1);
        await WriteAsync(Grain("SYSA"), state);
        await Storage.ClearStateAsync(StateName, Grain("SYSA"), state, Token).WithTestTimeout();

        state.State = new LparStateV1("SYSA", 2, null);
        await WriteAsync(Grain("SYSA"), state);

        Assert.Equal(2, (await StoredAsync(Grain("SYSA"))).Ipls);
    }

    [Fact]
    public async Task Clear_ThenWriteByNewActivation_Succeeds()
    {
        var state = State("SYSA", 1);
        await WriteAsync(Grain("SYSA"), state);
        await Storage.ClearStateAsync(StateName, Grain("SYSA"), state, Token).WithTestTimeout();

        var reactivated = await ReadAsync<LparStateV1>(Grain("SYSA"));
        reactivated.State = new LparStateV1("SYSA", 3, null);
        await Storage.WriteStateAsync(StateName, Grain("SYSA"), reactivated, Token).WithTestTimeout();

        Assert.Equal(3, (await StoredAsync(Grain("SYSA"))).Ipls);
    }

    [Fact]
    public async Task Clear_ThenRewrite_OldETagNeverMatchesAgain()
    {
        var state = State("SYSA", 1);
        var first = await WriteAsync(Grain("SYSA"), state);
        await Storage.ClearStateAsync(StateName, Grain("SYSA"), state, Token).WithTestTimeout();
        state.State = new LparStateV1("SYSA", 5, null);
        await WriteAsync(Grain("SYSA"), state);

        await Assert.ThrowsAsync<InconsistentStateException>(() => WriteAsync(Grain("SYSA"), State("zombie", 99, first)));

        Assert.Equal(5, (await StoredAsync(Grain("SYSA"))).Ipls);
    }

    [Fact]
    public async Task Clear_StaleETag_ThrowsAndKeepsState()
    {
        var first = await WriteAsync(Grain("SYSA"), State("SYSA", 1));
        await WriteAsync(Grain("SYSA"), State("SYSA", 2, first));

        await Assert.ThrowsAsync<InconsistentStateException>(
            () => Storage.ClearStateAsync(StateName, Grain("SYSA"), State("SYSA", 1, first), Token).WithTestTimeout());

        Assert.True((await ReadAsync<LparStateV1>(Grain("SYSA"))).RecordExists);
    }

    [Fact]
    public async Task Clear_NothingStored_Succeeds()
    {
        await Storage.ClearStateAsync(StateName, Grain("SYSA"), State("SYSA", 0), Token).WithTestTimeout();

        Assert.False((await ReadAsync<LparStateV1>(Grain("SYSA"))).RecordExists);
    }

    [Fact]
    public async Task Write_ConcurrentWritersToDifferentGrains_AllCommit()
    {
        var keys = Enumerable.Range(0, 64).Select(i => $"SYS{i:D2}").ToArray();

        var eTags = await Task.WhenAll(keys.Select(k => Task.Run(() => WriteAsync(Grain(k), State(k, 1)), Token))).WithTestTimeout();

        foreach (var (key, eTag) in keys.Zip(eTags))
        {
            var read = await ReadAsync<LparStateV1>(Grain(key));
            Assert.Equal(new LparStateV1(key, 1, null), read.State);
            Assert.Equal(eTag, read.ETag);
        }
    }

    [Fact]
    public async Task Write_OneConflictAmongConcurrentWrites_FailsOnlyThatWrite()
    {
        var first = await WriteAsync(Grain("SYSA"), State("SYSA", 1));
        await WriteAsync(Grain("SYSA"), State("SYSA", 2, first));
        var others = Enumerable.Range(0, 32).Select(i => $"SYS{i:D2}").ToArray();

        var zombie = WriteAsync(Grain("SYSA"), State("zombie", 99, first));
        var good = others.Select(k => WriteAsync(Grain(k), State(k, 1))).ToArray();

        await Assert.ThrowsAsync<InconsistentStateException>(() => zombie);
        await Task.WhenAll(good).WithTestTimeout();
        foreach (var key in others)
        {
            Assert.Equal(key, (await StoredAsync(Grain(key))).Lpar);
        }
    }

    [Fact]
    public async Task Write_TwoActivationsRaceWithSameETag_ExactlyOneWins()
    {
        var eTag = await WriteAsync(Grain("SYSA"), State("SYSA", 0));

        var outcomes = await Task.WhenAll(
            Settle(WriteAsync(Grain("SYSA"), State("a", 1, eTag))),
            Settle(WriteAsync(Grain("SYSA"), State("b", 1, eTag)))).WithTestTimeout();

        Assert.Single(outcomes, o => o is null);
        Assert.Single(outcomes, o => o is InconsistentStateException);
        Assert.Equal(outcomes[0] is null ? "a" : "b", (await StoredAsync(Grain("SYSA"))).Lpar);
    }

    private static async Task<Exception?> Settle(Task task)
    {
        try
        {
            await task;
            return null;
        }
        catch (InconsistentStateException ex)
        {
            return ex;
        }
    }
}
