using IMU.Runtime.Reminders;
using IMU.Runtime.Reminders.Sqlite;
using IMU.Runtime.Storage.Sqlite;
using IMU.TestUtilities;

namespace IMU.Runtime.Tests.Reminders;

public sealed class SqliteReminderTableTests : ReminderTableContractTests
{
    private readonly TempDirectory _directory = new();

    private SqliteStorageOptions Options => new() { DataSource = Path.Combine(_directory.Path, "silo.db") };

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task Upsert_ThenReopenFile_ScheduleSurvives()
    {
        var start = new DateTimeOffset(2026, 3, 1, 2, 0, 0, TimeSpan.FromHours(1));
        var eTag = await Table.UpsertAsync(Grain("R1"), "ipl", start, TimeSpan.FromMinutes(5), Token).WithTestTimeout();
        await ((SqliteReminderTable)Table).DisposeAsync();

        await using var reopened = new SqliteReminderTable(Options);
        await reopened.InitializeAsync(Token).WithTestTimeout();

        Assert.Equal(
            new ReminderEntry(Grain("R1"), "ipl", start, TimeSpan.FromMinutes(5), eTag),
            Assert.Single(await reopened.ReadAllAsync(Token).WithTestTimeout()));
    }

    [Fact]
    public async Task Table_SharesFileWithGrainState()
    {
        await using var storage = new SqliteGrainStateStorage(Options);
        await storage.InitializeAsync(Token).WithTestTimeout();

        await storage.WriteAsync("lpar", Grain("R1"), new byte[] { 1 }, null, Token).WithTestTimeout();
        await Table.UpsertAsync(Grain("R1"), "ipl", DateTimeOffset.UnixEpoch, TimeSpan.FromMinutes(1), Token).WithTestTimeout();

        Assert.NotNull(await storage.ReadAsync("lpar", Grain("R1"), Token).WithTestTimeout());
        Assert.NotNull(await Table.ReadAsync(Grain("R1"), "ipl", Token).WithTestTimeout());
    }

    protected override async Task<IReminderTable> CreateTableAsync()
    {
        var table = new SqliteReminderTable(Options);
        await table.InitializeAsync(Token).WithTestTimeout();
        return table;
    }
}
