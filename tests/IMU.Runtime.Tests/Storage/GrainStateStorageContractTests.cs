using System.Text;
using IMU.Runtime.Storage;
using IMU.TestUtilities;

namespace IMU.Runtime.Tests.Storage;

/// <summary>The behaviour every <see cref="IGrainStateStorage"/> provider must show; one sealed subclass per provider.</summary>
public abstract class GrainStateStorageContractTests : IAsyncLifetime
{
    private const string StateName = "lpar";
    private IGrainStateStorage? _storage;

    protected IGrainStateStorage Storage => _storage ?? throw new InvalidOperationException("The storage is created in InitializeAsync.");

    protected static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _storage = await CreateStorageAsync().WithTestTimeout();

    public virtual async ValueTask DisposeAsync()
    {
        if (_storage is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    protected static GrainId Grain(string key) => new("lpar", key);

    protected static byte[] Payload(string text) => Encoding.UTF8.GetBytes(text);

    protected abstract Task<IGrainStateStorage> CreateStorageAsync();

    [Fact]
    public async Task Read_Missing_IsNull()
    {
        var record = await Storage.ReadAsync(StateName, Grain("SYSA"), Token).WithTestTimeout();

        Assert.Null(record);
    }

    [Fact]
    public async Task Write_ThenRead_ReturnsPayloadAndETag()
    {
        var eTag = await Storage.WriteAsync(StateName, Grain("SYSA"), Payload("{\"ipl\":1}"), null, Token).WithTestTimeout();

        var record = await Storage.ReadAsync(StateName, Grain("SYSA"), Token).WithTestTimeout();

        Assert.NotNull(record);
        Assert.Equal("{\"ipl\":1}", Encoding.UTF8.GetString(record.Payload.Span));
        Assert.Equal(eTag, record.ETag);
    }

    [Fact]
    public async Task Write_EmptyPayload_ReadsBackEmptyNotMissing()
    {
        var eTag = await Storage.WriteAsync(StateName, Grain("SYSA"), ReadOnlyMemory<byte>.Empty, null, Token).WithTestTimeout();

        var record = await Storage.ReadAsync(StateName, Grain("SYSA"), Token).WithTestTimeout();

        Assert.NotNull(record);
        Assert.Equal(0, record.Payload.Length);
        Assert.Equal(eTag, record.ETag);
    }

    [Fact]
    public async Task Write_EveryWrite_ChangesETag()
    {
        var first = await Storage.WriteAsync(StateName, Grain("SYSA"), Payload("1"), null, Token).WithTestTimeout();
        var second = await Storage.WriteAsync(StateName, Grain("SYSA"), Payload("2"), first, Token).WithTestTimeout();
        var third = await Storage.WriteAsync(StateName, Grain("SYSA"), Payload("2"), second, Token).WithTestTimeout();

        Assert.Equal(3, new HashSet<string>([first, second, third]).Count);
        var record = await Storage.ReadAsync(StateName, Grain("SYSA"), Token).WithTestTimeout();
        Assert.Equal(third, record!.ETag);
    }

    [Fact]
    public async Task Write_StaleETag_ThrowsInconsistentStateWithBothETags()
    {
        var first = await Storage.WriteAsync(StateName, Grain("SYSA"), Payload("1"), null, Token).WithTestTimeout();
        var second = await Storage.WriteAsync(StateName, Grain("SYSA"), Payload("2"), first, Token).WithTestTimeout();

        var ex = await Assert.ThrowsAsync<InconsistentStateException>(
            () => Storage.WriteAsync(StateName, Grain("SYSA"), Payload("zombie"), first, Token).WithTestTimeout());

        Assert.Equal(second, ex.StoredETag);
        Assert.Equal(first, ex.CurrentETag);
        var record = await Storage.ReadAsync(StateName, Grain("SYSA"), Token).WithTestTimeout();
        Assert.Equal("2", Encoding.UTF8.GetString(record!.Payload.Span));
    }

    [Fact]
    public async Task Write_FirstWriteWithETag_ThrowsInconsistentState()
    {
        var ex = await Assert.ThrowsAsync<InconsistentStateException>(
            () => Storage.WriteAsync(StateName, Grain("SYSA"), Payload("1"), "1", Token).WithTestTimeout());

        Assert.Null(ex.StoredETag);
        Assert.Null(await Storage.ReadAsync(StateName, Grain("SYSA"), Token).WithTestTimeout());
    }

    [Fact]
    public async Task Write_NullETagOverExistingState_ThrowsInconsistentState()
    {
        var eTag = await Storage.WriteAsync(StateName, Grain("SYSA"), Payload("1"), null, Token).WithTestTimeout();

        var ex = await Assert.ThrowsAsync<InconsistentStateException>(
            () => Storage.WriteAsync(StateName, Grain("SYSA"), Payload("2"), null, Token).WithTestTimeout());

        Assert.Equal(eTag, ex.StoredETag);
    }

    [Fact]
    public async Task Write_SameGrainDifferentStateNames_AreIndependent()
    {
        await Storage.WriteAsync("lpar", Grain("SYSA"), Payload("a"), null, Token).WithTestTimeout();
        await Storage.WriteAsync("zones", Grain("SYSA"), Payload("b"), null, Token).WithTestTimeout();
        await Storage.WriteAsync("lpar", new GrainId("zone", "SYSA"), Payload("c"), null, Token).WithTestTimeout();

        Assert.Equal("a", Encoding.UTF8.GetString((await Storage.ReadAsync("lpar", Grain("SYSA"), Token).WithTestTimeout())!.Payload.Span));
        Assert.Equal("b", Encoding.UTF8.GetString((await Storage.ReadAsync("zones", Grain("SYSA"), Token).WithTestTimeout())!.Payload.Span));
        Assert.Equal("c", Encoding.UTF8.GetString((await Storage.ReadAsync("lpar", new GrainId("zone", "SYSA"), Token).WithTestTimeout())!.Payload.Span));
    }

    [Fact]
    public async Task Clear_ThenRead_IsNull()
    {
        var eTag = await Storage.WriteAsync(StateName, Grain("SYSA"), Payload("1"), null, Token).WithTestTimeout();

        await Storage.ClearAsync(StateName, Grain("SYSA"), eTag, Token).WithTestTimeout();

        Assert.Null(await Storage.ReadAsync(StateName, Grain("SYSA"), Token).WithTestTimeout());
    }

    [Fact]
    public async Task Clear_ThenWriteWithNullETag_Succeeds()
    {
        var eTag = await Storage.WriteAsync(StateName, Grain("SYSA"), Payload("1"), null, Token).WithTestTimeout();
        await Storage.ClearAsync(StateName, Grain("SYSA"), eTag, Token).WithTestTimeout();

        var after = await Storage.WriteAsync(StateName, Grain("SYSA"), Payload("2"), null, Token).WithTestTimeout();

        var record = await Storage.ReadAsync(StateName, Grain("SYSA"), Token).WithTestTimeout();
        Assert.Equal("2", Encoding.UTF8.GetString(record!.Payload.Span));
        Assert.Equal(after, record.ETag);
        Assert.NotEqual(eTag, after);
    }

    [Fact]
    public async Task Clear_ThenRewrite_OldETagNeverMatchesAgain()
    {
        var first = await Storage.WriteAsync(StateName, Grain("SYSA"), Payload("1"), null, Token).WithTestTimeout();
        await Storage.ClearAsync(StateName, Grain("SYSA"), first, Token).WithTestTimeout();
        var rewritten = await Storage.WriteAsync(StateName, Grain("SYSA"), Payload("2"), null, Token).WithTestTimeout();

        await Assert.ThrowsAsync<InconsistentStateException>(
            () => Storage.WriteAsync(StateName, Grain("SYSA"), Payload("zombie"), first, Token).WithTestTimeout());

        Assert.Equal(rewritten, (await Storage.ReadAsync(StateName, Grain("SYSA"), Token).WithTestTimeout())!.ETag);
    }

    [Fact]
    public async Task Clear_StaleETag_ThrowsAndKeepsState()
    {
        var first = await Storage.WriteAsync(StateName, Grain("SYSA"), Payload("1"), null, Token).WithTestTimeout();
        await Storage.WriteAsync(StateName, Grain("SYSA"), Payload("2"), first, Token).WithTestTimeout();

        await Assert.ThrowsAsync<InconsistentStateException>(
            () => Storage.ClearAsync(StateName, Grain("SYSA"), first, Token).WithTestTimeout());

        Assert.NotNull(await Storage.ReadAsync(StateName, Grain("SYSA"), Token).WithTestTimeout());
    }

    [Fact]
    public async Task Clear_NothingStoredWithNullETag_Succeeds()
    {
        await Storage.ClearAsync(StateName, Grain("SYSA"), null, Token).WithTestTimeout();

        Assert.Null(await Storage.ReadAsync(StateName, Grain("SYSA"), Token).WithTestTimeout());
    }

    [Fact]
    public async Task Write_ConcurrentWritersToDifferentGrains_AllCommit()
    {
        var keys = Enumerable.Range(0, 64).Select(i => $"SYS{i:D2}").ToArray();

        var eTags = await Task.WhenAll(keys.Select(
            k => Task.Run(() => Storage.WriteAsync(StateName, Grain(k), Payload(k), null, Token), Token))).WithTestTimeout();

        Assert.Equal(64, eTags.Length);
        foreach (var (key, eTag) in keys.Zip(eTags))
        {
            var record = await Storage.ReadAsync(StateName, Grain(key), Token).WithTestTimeout();
            Assert.Equal(key, Encoding.UTF8.GetString(record!.Payload.Span));
            Assert.Equal(eTag, record.ETag);
        }
    }

    [Fact]
    public async Task Write_OneConflictAmongConcurrentWrites_FailsOnlyThatWrite()
    {
        var first = await Storage.WriteAsync(StateName, Grain("SYSA"), Payload("1"), null, Token).WithTestTimeout();
        await Storage.WriteAsync(StateName, Grain("SYSA"), Payload("2"), first, Token).WithTestTimeout();
        var others = Enumerable.Range(0, 32).Select(i => $"SYS{i:D2}").ToArray();

        var zombie = Storage.WriteAsync(StateName, Grain("SYSA"), Payload("zombie"), first, Token);
        var good = others.Select(k => Storage.WriteAsync(StateName, Grain(k), Payload(k), null, Token)).ToArray();

        await Assert.ThrowsAsync<InconsistentStateException>(() => zombie.WithTestTimeout());
        await Task.WhenAll(good).WithTestTimeout();
        foreach (var key in others)
        {
            Assert.Equal(key, Encoding.UTF8.GetString((await Storage.ReadAsync(StateName, Grain(key), Token).WithTestTimeout())!.Payload.Span));
        }
    }

    [Fact]
    public async Task Write_TwoWritersRaceWithSameETag_ExactlyOneWins()
    {
        var eTag = await Storage.WriteAsync(StateName, Grain("SYSA"), Payload("0"), null, Token).WithTestTimeout();

        var a = Storage.WriteAsync(StateName, Grain("SYSA"), Payload("a"), eTag, Token);
        var b = Storage.WriteAsync(StateName, Grain("SYSA"), Payload("b"), eTag, Token);
        var outcomes = await Task.WhenAll(Settle(a), Settle(b)).WithTestTimeout();

        Assert.Single(outcomes, o => o is null);
        Assert.Single(outcomes, o => o is InconsistentStateException);
        var winner = outcomes[0] is null ? "a" : "b";
        Assert.Equal(winner, Encoding.UTF8.GetString((await Storage.ReadAsync(StateName, Grain("SYSA"), Token).WithTestTimeout())!.Payload.Span));
    }

    [Fact]
    public async Task Write_CancelledBeforeStart_DoesNotWrite()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Storage.WriteAsync(StateName, Grain("SYSA"), Payload("1"), null, cts.Token).WithTestTimeout());

        Assert.Null(await Storage.ReadAsync(StateName, Grain("SYSA"), Token).WithTestTimeout());
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
