namespace IMU.Silo.Storage.Sqlite;

/// <summary>Where and how the embedded silo keeps grain state in SQLite (one file, WAL).</summary>
public sealed class SqliteGrainStorageOptions
{
    /// <summary>The path of the database file; the embedded silo keeps its reminders in the same file.</summary>
    public string DataSource { get; set; } = string.Empty;

    /// <summary>How hard each commit is flushed. <see cref="SqliteSynchronousMode.Full"/> unless you accept losing acknowledged writes.</summary>
    public SqliteSynchronousMode Synchronous { get; set; } = SqliteSynchronousMode.Full;

    /// <summary>The most state writes committed in one transaction (group commit); everything queued up to this bound goes in.</summary>
    public int MaxBatchSize { get; set; } = 512;

    /// <summary>Returns what is wrong with these options, one clear sentence each; empty when valid.</summary>
    /// <returns>The problems found.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(DataSource))
        {
            problems.Add("SqliteGrainStorageOptions.DataSource must name the database file, e.g. /var/lib/imu/imu.db.");
        }

        if (!Enum.IsDefined(Synchronous))
        {
            problems.Add($"SqliteGrainStorageOptions.Synchronous must be Off, Normal, Full or Extra, not {(int)Synchronous}.");
        }

        if (MaxBatchSize is < 1 or > 10_000)
        {
            problems.Add($"SqliteGrainStorageOptions.MaxBatchSize must be between 1 and 10000, not {MaxBatchSize}.");
        }

        return problems;
    }
}
