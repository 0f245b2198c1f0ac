namespace IMU.Silo.Storage.Sqlite;

/// <summary>SQLite's <c>PRAGMA synchronous</c> levels, as they apply in WAL mode.</summary>
public enum SqliteSynchronousMode
{
    /// <summary>No flushes: an OS crash or power loss can lose or corrupt recent commits. Tests only.</summary>
    Off = 0,

    /// <summary>Flush at checkpoints only: survives an application crash, a power loss may roll back the last commits.</summary>
    Normal = 1,

    /// <summary>Flush the WAL on every commit: a commit that returned survives a power loss. The default.</summary>
    Full = 2,

    /// <summary>Full, plus a directory flush after deleting journals; no extra guarantee in WAL mode.</summary>
    Extra = 3,
}
