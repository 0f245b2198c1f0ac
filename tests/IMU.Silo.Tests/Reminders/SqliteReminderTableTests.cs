using IMU.Silo.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;

namespace IMU.Silo.Tests.Reminders;

public sealed class SqliteReminderTableTests : ReminderTableContractTests
{
    private readonly TempDirectory _directory = new();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _directory.Dispose();
    }

    protected override async Task ConfigureAsync(IServiceCollection services)
    {
        var path = Path.Combine(_directory.Path, "imu.db");
        await new SqliteSchemaMigrator(path, TimeProvider.System).MigrateAsync(Token);
        services.Configure<AdoNetReminderTableOptions>(o => (o.Invariant, o.ConnectionString) = ("System.Data.SQLite", $"Data Source={path}"));
    }
}
