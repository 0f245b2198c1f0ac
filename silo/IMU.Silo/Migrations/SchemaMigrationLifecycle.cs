namespace IMU.Silo.Migrations;

/// <summary>
/// Migrates the silo's database before anything else in the silo starts: Orleans' ADO.NET clustering
/// and reminders read their queries from the schema as they initialize, and grain storage needs its table.
/// </summary>
internal sealed class SchemaMigrationLifecycle(ISchemaMigrator migrator) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(SchemaMigrationLifecycle), ServiceLifecycleStage.First, cancellationToken => migrator.MigrateAsync(cancellationToken));
}
