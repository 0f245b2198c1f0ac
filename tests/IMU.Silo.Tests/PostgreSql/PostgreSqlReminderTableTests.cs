using IMU.Silo.Tests.Reminders;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;

namespace IMU.Silo.Tests.PostgreSql;

public sealed class PostgreSqlReminderTableTests(PostgreSqlSchemaFixture database) : ReminderTableContractTests, IClassFixture<PostgreSqlSchemaFixture>
{
    protected override string ServiceId { get; } = "svc-" + Guid.NewGuid().ToString("N")[..8];

    protected override Task ConfigureAsync(IServiceCollection services)
    {
        services.Configure<AdoNetReminderTableOptions>(o => (o.Invariant, o.ConnectionString) = ("Npgsql", database.ConnectionString));
        return Task.CompletedTask;
    }
}
