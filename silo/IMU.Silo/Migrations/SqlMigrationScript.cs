namespace IMU.Silo.Migrations;

/// <summary>One deploy/sql/&lt;database&gt;/NNNN_name.sql script, compiled into the silo.</summary>
internal sealed record SqlMigrationScript(int Version, string Name, string Text);
