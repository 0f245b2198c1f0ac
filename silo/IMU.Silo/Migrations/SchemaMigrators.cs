using IMU.Silo.Options;
using IMU.Silo.Storage.PostgreSql;

namespace IMU.Silo.Migrations;

/// <summary>Picks the migrator for the database a silo's options name: the cluster's PostgreSQL or the embedded SQLite file.</summary>
internal static class SchemaMigrators
{
    public static ISchemaMigrator Create(ImuSiloOptions options, TimeProvider timeProvider) =>
        options.IsCluster
            ? new PostgreSqlSchemaMigrator(PostgreSqlDataSources.Create(options.Postgres!), timeProvider, ownsDataSource: true)
            : new SqliteSchemaMigrator(options.DatabasePath, timeProvider);
}
