using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;

namespace IMU.Silo.Tests.Reminders;

/// <summary>
/// What Orleans' reminder service needs from a reminder table, run against each table we configure
/// (Orleans' ADO.NET reminders on our own SQLite and PostgreSQL schemas); one sealed subclass per database.
/// </summary>
public abstract class ReminderTableContractTests : IAsyncLifetime
{
    private static readonly DateTime s_start = new(2026, 3, 1, 2, 0, 0, DateTimeKind.Utc);
    private ServiceProvider? _services;
    private IReminderTable? _table;

    protected IReminderTable Table => _table ?? throw new InvalidOperationException("The table is created in InitializeAsync.");

    protected static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        var services = new ServiceCollection();
        services.AddOptions();
        services.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = ("contract", ServiceId));
        services.UseAdoNetReminderService(options => options.Configure(o => (o.Invariant, o.ConnectionString) = ("", "")));
        await ConfigureAsync(services).WithTestTimeout();
        _services = services.BuildServiceProvider();
        _table = _services.GetRequiredService<IReminderTable>();
        await _table.StartAsync(Token).WithTestTimeout();
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>The service id the table is opened with; reminders of other services must stay invisible.</summary>
    protected virtual string ServiceId => "imu";

    protected static GrainId Grain(string key) => GrainId.Create("rollout", key);

    protected static ReminderEntry Entry(GrainId grain, string name, TimeSpan period, DateTime? start = null) =>
        new() { GrainId = grain, ReminderName = name, StartAt = start ?? s_start, Period = period };

    protected async Task<string> UpsertAsync(ReminderEntry entry) =>
        await Table.UpsertRow(entry, Token).WithTestTimeout() ?? throw new InvalidOperationException("UpsertRow returned no ETag.");

    /// <summary>Creates the database and sets the reminder table's invariant and connection string.</summary>
    protected abstract Task ConfigureAsync(IServiceCollection services);

    [Fact]
    public async Task Read_Missing_IsNullAndEmpty()
    {
        Assert.Null(await Table.ReadRow(Grain("R1"), "ipl", Token).WithTestTimeout());
        Assert.Empty((await Table.ReadRows(Grain("R1"), Token).WithTestTimeout()).Reminders);
    }

    [Fact]
    public async Task Upsert_ThenRead_ReturnsScheduleAndETag()
    {
        var eTag = await UpsertAsync(Entry(Grain("R1"), "ipl", TimeSpan.FromMinutes(5)));

        var entry = await Table.ReadRow(Grain("R1"), "ipl", Token).WithTestTimeout();

        Assert.NotNull(entry);
        Assert.Equal((Grain("R1"), "ipl", s_start, TimeSpan.FromMinutes(5), eTag), (entry.GrainId, entry.ReminderName, entry.StartAt.ToUniversalTime(), entry.Period, entry.ETag));
    }

    [Fact]
    public async Task Upsert_PeriodBeyondInt32Milliseconds_RoundTrips()
    {
        var period = TimeSpan.FromDays(60);

        await Table.UpsertRow(Entry(Grain("R1"), "quarterly", period), Token).WithTestTimeout();

        Assert.Equal(period, (await Table.ReadRow(Grain("R1"), "quarterly", Token).WithTestTimeout())!.Period);
    }

    [Fact]
    public async Task Upsert_Again_ReplacesScheduleAndChangesETag()
    {
        var first = await UpsertAsync(Entry(Grain("R1"), "ipl", TimeSpan.FromMinutes(5)));

        var second = await UpsertAsync(Entry(Grain("R1"), "ipl", TimeSpan.FromMinutes(10), s_start.AddHours(1)));

        Assert.NotEqual(first, second);
        var entries = (await Table.ReadRows(Grain("R1"), Token).WithTestTimeout()).Reminders;
        var entry = Assert.Single(entries);
        Assert.Equal((s_start.AddHours(1), TimeSpan.FromMinutes(10), second), (entry.StartAt.ToUniversalTime(), entry.Period, entry.ETag));
    }

    [Fact]
    public async Task Read_ByGrain_ReturnsOnlyThatGrainsReminders()
    {
        await Table.UpsertRow(Entry(Grain("R1"), "ipl", TimeSpan.FromMinutes(5)), Token).WithTestTimeout();
        await Table.UpsertRow(Entry(Grain("R1"), "apply", TimeSpan.FromMinutes(5)), Token).WithTestTimeout();
        await Table.UpsertRow(Entry(Grain("R2"), "ipl", TimeSpan.FromMinutes(5)), Token).WithTestTimeout();
        await Table.UpsertRow(Entry(GrainId.Create("lpar", "R1"), "ipl", TimeSpan.FromMinutes(5)), Token).WithTestTimeout();

        var r1 = (await Table.ReadRows(Grain("R1"), Token).WithTestTimeout()).Reminders;

        Assert.Equal(["apply", "ipl"], r1.Select(e => e.ReminderName).Order(StringComparer.Ordinal));
        Assert.All(r1, e => Assert.Equal(Grain("R1"), e.GrainId));
    }

    [Fact]
    public async Task Read_ByRing_ReturnsRemindersWhoseHashIsInTheRange()
    {
        var grain = Grain("R1");
        await Table.UpsertRow(Entry(grain, "ipl", TimeSpan.FromMinutes(5)), Token).WithTestTimeout();
        var hash = grain.GetUniformHashCode();

        // A range is (begin, end]; when begin is not below end in signed order the range wraps around the ring.
        var ending = await Table.ReadRows(unchecked(hash - 1), hash, Token).WithTestTimeout();
        var starting = await Table.ReadRows(hash, unchecked(hash + 1), Token).WithTestTimeout();
        var wrapping = await Table.ReadRows(unchecked(hash + 1), hash, Token).WithTestTimeout();
        var wrappingPast = await Table.ReadRows(hash, unchecked(hash - 1), Token).WithTestTimeout();

        Assert.Single(ending.Reminders);
        Assert.Empty(starting.Reminders);
        Assert.Single(wrapping.Reminders);
        Assert.Empty(wrappingPast.Reminders);
    }

    [Fact]
    public async Task Remove_CurrentETag_RemovesReminder()
    {
        var eTag = await UpsertAsync(Entry(Grain("R1"), "ipl", TimeSpan.FromMinutes(5)));

        Assert.True(await Table.RemoveRow(Grain("R1"), "ipl", eTag, Token).WithTestTimeout());

        Assert.Null(await Table.ReadRow(Grain("R1"), "ipl", Token).WithTestTimeout());
    }

    [Fact]
    public async Task Remove_StaleETag_ReturnsFalseAndKeepsReminder()
    {
        var first = await UpsertAsync(Entry(Grain("R1"), "ipl", TimeSpan.FromMinutes(5)));
        var second = await UpsertAsync(Entry(Grain("R1"), "ipl", TimeSpan.FromMinutes(6)));

        Assert.False(await Table.RemoveRow(Grain("R1"), "ipl", first, Token).WithTestTimeout());

        Assert.Equal(second, (await Table.ReadRow(Grain("R1"), "ipl", Token).WithTestTimeout())!.ETag);
    }

    [Fact]
    public async Task Remove_Missing_ReturnsFalse()
    {
        Assert.False(await Table.RemoveRow(Grain("R1"), "ipl", "1", Token).WithTestTimeout());
    }

    [Fact]
    public async Task Remove_ThenRecreate_OldETagNeverMatches()
    {
        var first = await UpsertAsync(Entry(Grain("R1"), "ipl", TimeSpan.FromMinutes(5)));
        Assert.True(await Table.RemoveRow(Grain("R1"), "ipl", first, Token).WithTestTimeout());

        var recreated = await UpsertAsync(Entry(Grain("R1"), "ipl", TimeSpan.FromMinutes(5)));

        Assert.NotEqual(first, recreated);
        Assert.False(await Table.RemoveRow(Grain("R1"), "ipl", first, Token).WithTestTimeout());
        Assert.NotNull(await Table.ReadRow(Grain("R1"), "ipl", Token).WithTestTimeout());
    }

    [Fact]
    public async Task ClearTable_RemovesThisServicesReminders()
    {
        await Table.UpsertRow(Entry(Grain("R1"), "ipl", TimeSpan.FromMinutes(5)), Token).WithTestTimeout();
        await Table.UpsertRow(Entry(Grain("R2"), "ipl", TimeSpan.FromMinutes(5)), Token).WithTestTimeout();

        await Table.TestOnlyClearTable(Token).WithTestTimeout();

        Assert.Empty((await Table.ReadRows(Grain("R1"), Token).WithTestTimeout()).Reminders);
        Assert.Empty((await Table.ReadRows(Grain("R2"), Token).WithTestTimeout()).Reminders);
    }
}
