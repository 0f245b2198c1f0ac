using IMU.Silo.Migrations;
using Npgsql;

namespace IMU.Silo.Tests.PostgreSql;

/// <summary>One fresh PostgreSQL database per test class, migrated to the cluster schema; tests isolate themselves by service or cluster id.</summary>
public sealed class PostgreSqlSchemaFixture : IAsyncLifetime
{
    private PostgresDatabase? _database;

    public string ConnectionString => (_database ?? throw new InvalidOperationException("The database is created in InitializeAsync.")).ConnectionString;

    public NpgsqlDataSource DataSource { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await PostgresDatabase.CreateAsync(TestContext.Current.CancellationToken).WithTestTimeout();
        DataSource = NpgsqlDataSource.Create(_database.ConnectionString);
        await new PostgreSqlSchemaMigrator(DataSource, TimeProvider.System).MigrateAsync(TestContext.Current.CancellationToken).WithTestTimeout();
    }

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await DataSource.DisposeAsync();
            await _database.DisposeAsync();
        }
    }
}
