namespace IMU.Silo.Migrations;

/// <summary>Brings one database up to the schema this silo was built with; safe to run again and from several silos at once.</summary>
internal interface ISchemaMigrator
{
    Task<SchemaMigrationResult> MigrateAsync(CancellationToken cancellationToken);
}
