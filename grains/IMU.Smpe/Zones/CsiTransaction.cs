using IMU.Smpe.Diagnostics;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace IMU.Smpe.Zones;

/// <summary>
/// One command's transaction on the CSI. A write transaction takes SQLite's write lock up front
/// (BEGIN IMMEDIATE), so the command decides on the state it will change; a read transaction pins one
/// snapshot. While another process holds the lock the command waits, says so once, and fails with
/// RC 12 after <see cref="CsiOpenOptions.LockTimeout"/>, having changed nothing.
/// </summary>
internal sealed class CsiTransaction : IDisposable
{
    private static readonly TimeSpan s_pollInterval = TimeSpan.FromMilliseconds(100);

    private readonly sqlite3 _db;
    private bool _open = true;

    private CsiTransaction(sqlite3 db) => _db = db;

    public static CsiTransaction Begin(SqliteConnection connection, bool write, CsiOpenOptions options, string path)
    {
        var db = connection.Handle ?? throw new InvalidOperationException("the CSI connection is not open");
        var clock = options.TimeProvider;
        var started = clock.GetTimestamp();
        var told = false;
        while (true)
        {
            // The read form reads once, so that the snapshot (and any lock it needs) is taken here.
            var rc = raw.sqlite3_exec(db, write ? "BEGIN IMMEDIATE;" : "BEGIN DEFERRED; SELECT count(*) FROM sqlite_schema;");
            if (rc == raw.SQLITE_OK)
            {
                return new CsiTransaction(db);
            }

            if (raw.sqlite3_get_autocommit(db) == 0)
            {
                raw.sqlite3_exec(db, "ROLLBACK;");
            }

            if (!IsBusy(rc))
            {
                SqliteException.ThrowExceptionForRC(rc, db);
            }

            if (!told)
            {
                // Try again at once after saying so: whoever is told may be the one holding the CSI.
                told = true;
                options.Waiting?.Invoke(SmpeMessages.CsiLockWait(path, options.LockTimeout));
                continue;
            }

            var remaining = options.LockTimeout - clock.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero)
            {
                throw new CsiException(SmpeMessages.CsiLocked(path, options.LockTimeout));
            }

            Task.Delay(remaining < s_pollInterval ? remaining : s_pollInterval, clock).Wait();
        }
    }

    public void Commit()
    {
        var rc = raw.sqlite3_exec(_db, "COMMIT;");
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }

        _open = false;
    }

    public void Dispose()
    {
        if (_open && raw.sqlite3_get_autocommit(_db) == 0)
        {
            raw.sqlite3_exec(_db, "ROLLBACK;");
        }

        _open = false;
    }

    private static bool IsBusy(int rc) => (rc & 0xFF) is raw.SQLITE_BUSY or raw.SQLITE_LOCKED;
}
