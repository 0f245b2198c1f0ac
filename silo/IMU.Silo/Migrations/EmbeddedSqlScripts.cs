using System.Globalization;

namespace IMU.Silo.Migrations;

/// <summary>Reads the schema scripts embedded from deploy/sql/sqlite and deploy/sql/postgresql, in version order.</summary>
internal static class EmbeddedSqlScripts
{
    public const string Sqlite = "sqlite";
    public const string PostgreSql = "postgresql";

    public static IReadOnlyList<SqlMigrationScript> Load(string database)
    {
        var prefix = $"IMU.Silo.Sql.{database}.";
        var assembly = typeof(EmbeddedSqlScripts).Assembly;
        var scripts = new List<SqlMigrationScript>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var name = resource[prefix.Length..];
            if (name.IndexOf('_', StringComparison.Ordinal) != 4
                || !int.TryParse(name.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                throw new InvalidOperationException($"The embedded SQL script '{database}/{name}' is not named NNNN_name.sql.");
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            scripts.Add(new SqlMigrationScript(version, name, reader.ReadToEnd()));
        }

        scripts.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 0; i < scripts.Count; i++)
        {
            if (scripts[i].Version != i + 1)
            {
                throw new InvalidOperationException($"The {database} scripts must be numbered 0001, 0002, ... without gaps; found {scripts[i].Name}.");
            }
        }

        return scripts;
    }
}
