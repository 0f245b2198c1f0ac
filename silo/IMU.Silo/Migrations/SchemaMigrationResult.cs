namespace IMU.Silo.Migrations;

/// <summary>What a migration run did to one database.</summary>
/// <param name="Database">The database, named for an operator (a file path, or host/database without credentials).</param>
/// <param name="PreviousVersion">The schema version found; 0 for an empty database.</param>
/// <param name="CurrentVersion">The schema version now.</param>
/// <param name="Applied">The scripts applied by this run, in order; empty when the database was current.</param>
internal sealed record SchemaMigrationResult(string Database, int PreviousVersion, int CurrentVersion, IReadOnlyList<string> Applied);
