using IMU.Silo.Migrations;
using Microsoft.Data.Sqlite;

namespace IMU.Silo.Tests.Migrations;

public sealed class SqliteSchemaMigratorTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private string DatabasePath => Path.Combine(_directory.Path, "data", "imu.db");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Migrate_NewFile_CreatesDirectoryAppliesEveryScriptInWalMode()
    {
        var result = await new SqliteSchemaMigrator(DatabasePath, TimeProvider.System).MigrateAsync(Token).WithTestTimeout();

        Assert.Equal(0, result.PreviousVersion);
        Assert.Equal(["0001_grain_state.sql", "0002_reminders.sql"], result.Applied);
        Assert.Equal("wal", await ScalarAsync<string>("PRAGMA journal_mode;"));
        Assert.Equal("1:0001_grain_state.sql,2:0002_reminders.sql", await ScalarAsync<string>("SELECT group_concat(version || ':' || name, ',') FROM (SELECT * FROM imu_schema_version ORDER BY version);"));
    }

    [Fact]
    public async Task Migrate_Twice_AppliesEachScriptOnce()
    {
        await new SqliteSchemaMigrator(DatabasePath, TimeProvider.System).MigrateAsync(Token).WithTestTimeout();

        var again = await new SqliteSchemaMigrator(DatabasePath, TimeProvider.System).MigrateAsync(Token).WithTestTimeout();

        Assert.Empty(again.Applied);
        Assert.Equal(2, again.CurrentVersion);
        Assert.Equal(2L, await ScalarAsync<long>("SELECT count(*) FROM imu_schema_version;"));
    }

    [Fact]
    public async Task Migrate_ConcurrentProcessesOnOneFile_ApplyEachScriptOnce()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            Task.Run(() => new SqliteSchemaMigrator(DatabasePath, TimeProvider.System).MigrateAsync(Token), Token))).WithTestTimeout();

        Assert.Single(results, r => r.Applied.Count == 2);
        Assert.Equal(2L, await ScalarAsync<long>("SELECT count(*) FROM imu_schema_version;"));
    }

    [Fact]
    public async Task Migrate_DatabaseNewerThanSilo_RefusesNamingBothVersions()
    {
        await new SqliteSchemaMigrator(DatabasePath, TimeProvider.System).MigrateAsync(Token).WithTestTimeout();
        await ScalarAsync<long>("INSERT INTO imu_schema_version (version, name, applied_at) VALUES (99, '0099_future.sql', 'x'); SELECT 0;");

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => new SqliteSchemaMigrator(DatabasePath, TimeProvider.System).MigrateAsync(Token).WithTestTimeout());

        Assert.Contains("schema version 99, newer than this silo knows (2)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_ReminderQueries_HoldEveryKeyOrleansRequires()
    {
        await new SqliteSchemaMigrator(DatabasePath, TimeProvider.System).MigrateAsync(Token).WithTestTimeout();

        Assert.Equal(
            "DeleteReminderRowKey,DeleteReminderRowsKey,ReadRangeRows1Key,ReadRangeRows2Key,ReadReminderRowKey,ReadReminderRowsKey,UpsertReminderRowKey",
            await ScalarAsync<string>("SELECT group_concat(QueryKey, ',') FROM (SELECT QueryKey FROM OrleansQuery ORDER BY QueryKey);"));
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync(Token);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)(await command.ExecuteScalarAsync(Token))!;
    }
}
