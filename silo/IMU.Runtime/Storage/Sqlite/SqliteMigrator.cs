using System.Globalization;
using Microsoft.Data.Sqlite;

namespace IMU.Runtime.Storage.Sqlite;

/// <summary>
/// Applies the embedded copies of deploy/sql/sqlite/NNNN_name.sql in order, each in the same
/// transaction as its schema_version row, so a crash mid-migration leaves the previous version.
/// </summary>
internal static class SqliteMigrator
{
    private const string ResourcePrefix = "IMU.Runtime.Sql.Sqlite.";

    /// <summary>The scripts compiled into this runtime, in version order.</summary>
    public static IReadOnlyList<(int Version, string Name)> Scripts { get; } = LoadScriptNames();

    /// <summary>Brings the database up to the newest embedded version and returns it.</summary>
    public static async Task<int> MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        // BEGIN IMMEDIATE takes the write lock first, so two silos starting on one file migrate one after the other.
        var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            return await MigrateAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<int> MigrateAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        var current = await ReadVersionAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        var newest = Scripts.Count == 0 ? 0 : Scripts[^1].Version;
        if (current > newest)
        {
            throw new InvalidOperationException(
                $"The database '{connection.DataSource}' has schema version {current}, newer than this runtime knows ({newest}). Run a newer silo or restore a matching backup.");
        }

        foreach (var (version, name) in Scripts.Where(s => s.Version > current))
        {
            var command = connection.CreateCommand();
            await using var commandScope = command.ConfigureAwait(false);
            command.Transaction = transaction;
            command.CommandText = ReadScript(name);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);

            command.CommandText = "INSERT INTO schema_version (version, name, applied_at) VALUES ($version, $name, $appliedAt);";
            command.Parameters.AddWithValue("$version", version);
            command.Parameters.AddWithValue("$name", name);
            command.Parameters.AddWithValue("$appliedAt", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return newest;
    }

    private static async Task<int> ReadVersionAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        await using var commandScope = command.ConfigureAwait(false);
        command.Transaction = transaction;
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version';";
        if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) == 0)
        {
            return 0;
        }

        command.CommandText = "SELECT coalesce(max(version), 0) FROM schema_version;";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    private static IReadOnlyList<(int Version, string Name)> LoadScriptNames()
    {
        var scripts = new List<(int Version, string Name)>();
        foreach (var resource in typeof(SqliteMigrator).Assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            {
                continue;
            }

            var name = resource[ResourcePrefix.Length..];
            var underscore = name.IndexOf('_', StringComparison.Ordinal);
            if (underscore != 4 || !int.TryParse(name.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                throw new InvalidOperationException($"The embedded SQL script '{name}' is not named NNNN_name.sql.");
            }

            scripts.Add((version, name));
        }

        scripts.Sort((a, b) => a.Version.CompareTo(b.Version));
        return scripts;
    }

    private static string ReadScript(string name)
    {
        using var stream = typeof(SqliteMigrator).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"The embedded SQL script '{name}' is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
