using IMU.Runtime.Reminders;
using IMU.TestUtilities;

namespace IMU.Runtime.Tests.Reminders;

/// <summary>The behaviour every <see cref="IReminderTable"/> provider must show; one sealed subclass per provider.</summary>
public abstract class ReminderTableContractTests : IAsyncLifetime
{
    private static readonly DateTimeOffset s_start = new(2026, 3, 1, 2, 0, 0, TimeSpan.Zero);
    private IReminderTable? _table;

    protected IReminderTable Table => _table ?? throw new InvalidOperationException("The table is created in InitializeAsync.");

    protected static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _table = await CreateTableAsync().WithTestTimeout();

    public virtual async ValueTask DisposeAsync()
    {
        if (_table is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    protected static GrainId Grain(string key) => new("rollout", key);

    protected abstract Task<IReminderTable> CreateTableAsync();

    [Fact]
    public async Task Read_Missing_IsNullAndEmpty()
    {
        Assert.Null(await Table.ReadAsync(Grain("R1"), "ipl", Token).WithTestTimeout());
        Assert.Empty(await Table.ReadAsync(Grain("R1"), Token).WithTestTimeout());
        Assert.Empty(await Table.ReadAllAsync(Token).WithTestTimeout());
    }

    [Fact]
    public async Task Upsert_ThenRead_ReturnsScheduleAndETag()
    {
        var eTag = await Table.UpsertAsync(Grain("R1"), "ipl", s_start, TimeSpan.FromMinutes(5), Token).WithTestTimeout();

        var entry = await Table.ReadAsync(Grain("R1"), "ipl", Token).WithTestTimeout();

        Assert.Equal(new ReminderEntry(Grain("R1"), "ipl", s_start, TimeSpan.FromMinutes(5), eTag), entry);
    }

    [Fact]
    public async Task Upsert_SubMillisecondSchedule_RoundTripsExactly()
    {
        var start = s_start.AddTicks(12_345);
        var period = TimeSpan.FromMinutes(1).Add(TimeSpan.FromTicks(7));

        await Table.UpsertAsync(Grain("R1"), "ipl", start, period, Token).WithTestTimeout();

        var entry = await Table.ReadAsync(Grain("R1"), "ipl", Token).WithTestTimeout();
        Assert.Equal(start, entry!.StartAt);
        Assert.Equal(period, entry.Period);
    }

    [Fact]
    public async Task Upsert_Again_ReplacesScheduleAndChangesETag()
    {
        var first = await Table.UpsertAsync(Grain("R1"), "ipl", s_start, TimeSpan.FromMinutes(5), Token).WithTestTimeout();

        var second = await Table.UpsertAsync(Grain("R1"), "ipl", s_start.AddHours(1), TimeSpan.FromMinutes(10), Token).WithTestTimeout();

        Assert.NotEqual(first, second);
        var entry = await Table.ReadAsync(Grain("R1"), "ipl", Token).WithTestTimeout();
        Assert.Equal(new ReminderEntry(Grain("R1"), "ipl", s_start.AddHours(1), TimeSpan.FromMinutes(10), second), entry);
        Assert.Single(await Table.ReadAllAsync(Token).WithTestTimeout());
    }

    [Fact]
    public async Task Read_ByGrain_ReturnsOnlyThatGrainsReminders()
    {
        await Table.UpsertAsync(Grain("R1"), "ipl", s_start, TimeSpan.FromMinutes(5), Token).WithTestTimeout();
        await Table.UpsertAsync(Grain("R1"), "apply", s_start, TimeSpan.FromMinutes(5), Token).WithTestTimeout();
        await Table.UpsertAsync(Grain("R2"), "ipl", s_start, TimeSpan.FromMinutes(5), Token).WithTestTimeout();
        await Table.UpsertAsync(new GrainId("lpar", "R1"), "ipl", s_start, TimeSpan.FromMinutes(5), Token).WithTestTimeout();

        var r1 = await Table.ReadAsync(Grain("R1"), Token).WithTestTimeout();

        Assert.Equal(["apply", "ipl"], r1.Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.All(r1, e => Assert.Equal(Grain("R1"), e.GrainId));
        Assert.Equal(4, (await Table.ReadAllAsync(Token).WithTestTimeout()).Count);
    }

    [Fact]
    public async Task Delete_CurrentETag_RemovesReminder()
    {
        var eTag = await Table.UpsertAsync(Grain("R1"), "ipl", s_start, TimeSpan.FromMinutes(5), Token).WithTestTimeout();

        Assert.True(await Table.DeleteAsync(Grain("R1"), "ipl", eTag, Token).WithTestTimeout());

        Assert.Null(await Table.ReadAsync(Grain("R1"), "ipl", Token).WithTestTimeout());
    }

    [Fact]
    public async Task Delete_StaleETag_ReturnsFalseAndKeepsReminder()
    {
        var first = await Table.UpsertAsync(Grain("R1"), "ipl", s_start, TimeSpan.FromMinutes(5), Token).WithTestTimeout();
        var second = await Table.UpsertAsync(Grain("R1"), "ipl", s_start, TimeSpan.FromMinutes(6), Token).WithTestTimeout();

        Assert.False(await Table.DeleteAsync(Grain("R1"), "ipl", first, Token).WithTestTimeout());

        Assert.Equal(second, (await Table.ReadAsync(Grain("R1"), "ipl", Token).WithTestTimeout())!.ETag);
    }

    [Fact]
    public async Task Delete_Missing_ReturnsFalse()
    {
        Assert.False(await Table.DeleteAsync(Grain("R1"), "ipl", "1", Token).WithTestTimeout());
    }

    [Fact]
    public async Task Delete_ThenRecreate_OldETagNeverMatches()
    {
        var first = await Table.UpsertAsync(Grain("R1"), "ipl", s_start, TimeSpan.FromMinutes(5), Token).WithTestTimeout();
        Assert.True(await Table.DeleteAsync(Grain("R1"), "ipl", first, Token).WithTestTimeout());

        var recreated = await Table.UpsertAsync(Grain("R1"), "ipl", s_start, TimeSpan.FromMinutes(5), Token).WithTestTimeout();

        Assert.NotEqual(first, recreated);
        Assert.False(await Table.DeleteAsync(Grain("R1"), "ipl", first, Token).WithTestTimeout());
    }
}
