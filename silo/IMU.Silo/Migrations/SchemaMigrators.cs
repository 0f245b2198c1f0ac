using IMU.Silo.Options;

namespace IMU.Silo.Migrations;

/// <summary>Picks the migrator for the database a silo's options name.</summary>
internal static class SchemaMigrators
{
    public static ISchemaMigrator Create(ImuSiloOptions options, TimeProvider timeProvider) =>
        new SqliteSchemaMigrator(options.DatabasePath, timeProvider);
}
