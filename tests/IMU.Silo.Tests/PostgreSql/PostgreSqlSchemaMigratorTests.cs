using IMU.Silo.Migrations;
using Npgsql;

namespace IMU.Silo.Tests.PostgreSql;

public sealed class PostgreSqlSchemaMigratorTests : IAsyncLifetime
{
    private PostgresDatabase? _database;
    private NpgsqlDataSource? _dataSource;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private NpgsqlDataSource DataSource => _dataSource!;

    public async ValueTask InitializeAsync()
    {
        _database = await PostgresDatabase.CreateAsync(Token).WithTestTimeout();
        _dataSource = NpgsqlDataSource.Create(_database.ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [Fact]
    public async Task Migrate_ConcurrentSilosOnAnEmptyDatabase_ApplyEachScriptOnce()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ =>
            Task.Run(() => new PostgreSqlSchemaMigrator(DataSource, TimeProvider.System).MigrateAsync(Token), Token))).WithTestTimeout();

        var applying = Assert.Single(results, r => r.Applied.Count > 0);
        Assert.Equal(["0001_clustering.sql", "0002_reminders.sql", "0003_grain_state.sql"], applying.Applied);
        Assert.All(results, r => Assert.Equal(3, r.CurrentVersion));
        await using var count = DataSource.CreateCommand("SELECT count(*) FROM imu_schema_version");
        Assert.Equal(3L, (long)(await count.ExecuteScalarAsync(Token))!);
    }

    [Fact]
    public async Task Migrate_QueriesForOrleans_HoldEveryKeyClusteringAndRemindersRequire()
    {
        await new PostgreSqlSchemaMigrator(DataSource, TimeProvider.System).MigrateAsync(Token).WithTestTimeout();

        await using var keys = DataSource.CreateCommand("SELECT string_agg(QueryKey, ',' ORDER BY QueryKey) FROM OrleansQuery");

        Assert.Equal(
            "CleanupDefunctSiloEntriesKey,CleanupDefunctSiloEntryKey,DeleteMembershipTableEntriesKey,DeleteReminderRowKey,DeleteReminderRowsKey,GatewaysQueryKey,"
            + "InsertMembershipKey,InsertMembershipVersionKey,MembershipReadAllKey,MembershipReadRowKey,ReadRangeRows1Key,ReadRangeRows2Key,ReadReminderRowKey,"
            + "ReadReminderRowsKey,UpdateIAmAlivetimeKey,UpdateMembershipKey,UpsertReminderRowKey",
            (string?)await keys.ExecuteScalarAsync(Token));
    }

    [Fact]
    public async Task Migrate_DatabaseNewerThanSilo_RefusesNamingBothVersions()
    {
        await new PostgreSqlSchemaMigrator(DataSource, TimeProvider.System).MigrateAsync(Token).WithTestTimeout();
        await using (var future = DataSource.CreateCommand("INSERT INTO imu_schema_version VALUES (42, '0042_future.sql', now())"))
        {
            await future.ExecuteNonQueryAsync(Token);
        }

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => new PostgreSqlSchemaMigrator(DataSource, TimeProvider.System).MigrateAsync(Token).WithTestTimeout());

        Assert.Contains("has schema version 42, newer than this silo knows (3)", ex.Message, StringComparison.Ordinal);
    }
}
