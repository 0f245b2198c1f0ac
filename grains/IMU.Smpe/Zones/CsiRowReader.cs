using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace IMU.Smpe.Zones;

/// <summary>
/// A lean forward-only reader for the big zone loads: it steps one prepared statement on the
/// connection's own handle (so it reads inside whatever transaction the connection has open),
/// hands out column bytes without copying, and shares repeated values (types, FMIDs, RMIDs,
/// ddnames) through a per-load pool looked up by span, so a repeated value costs no string.
/// </summary>
internal sealed class CsiRowReader : IDisposable
{
    private const int BusyTimeoutMilliseconds = 30_000;
    private const int PoolLimit = 65_536;

    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private char[] _chars = new char[128];
    private bool _started;

    public CsiRowReader(SqliteConnection connection, string sql, string? parameter = null)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("the CSI connection is not open");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
        if (parameter is not null)
        {
            var rc = raw.sqlite3_bind_text(_statement, 1, parameter);
            if (rc != raw.SQLITE_OK)
            {
                _statement.Dispose();
                Check(rc);
            }
        }

        _lookup = _pool.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool Read()
    {
        var rc = raw.sqlite3_step(_statement);
        if (!_started && rc is raw.SQLITE_BUSY or raw.SQLITE_LOCKED)
        {
            rc = RetryBusy(rc);
        }

        _started = true;
        if (rc == raw.SQLITE_ROW)
        {
            return true;
        }

        if (rc != raw.SQLITE_DONE)
        {
            Check(rc);
        }

        return false;
    }

    public ReadOnlySpan<byte> Bytes(int column) => raw.sqlite3_column_blob(_statement, column);

    public bool IsNull(int column) => raw.sqlite3_column_type(_statement, column) == raw.SQLITE_NULL;

    public long Int64(int column) => raw.sqlite3_column_int64(_statement, column);

    /// <summary>A value that is rarely repeated (element names): a fresh string.</summary>
    public string String(int column) => Encoding.UTF8.GetString(Bytes(column));

    /// <summary>A value that repeats across rows, shared through the pool; null for SQL NULL.</summary>
    public string? PooledOrNull(int column) => IsNull(column) ? null : Pooled(column);

    /// <summary>A value that repeats across rows, shared through the pool.</summary>
    public string Pooled(int column) => Pooled(Chars(Bytes(column)));

    /// <summary>A blank-separated list of values that repeat across rows; empty lists share one array.</summary>
    public string[] PooledList(int column, char separator)
    {
        var text = Chars(Bytes(column));
        var count = 0;
        foreach (var range in text.Split(separator))
        {
            count += range.End.Value > range.Start.Value ? 1 : 0;
        }

        if (count == 0)
        {
            return [];
        }

        var values = new string[count];
        var i = 0;
        foreach (var range in text.Split(separator))
        {
            if (range.End.Value > range.Start.Value)
            {
                values[i++] = Pooled(text[range]);
            }
        }

        return values;
    }

    /// <summary>Element keys written as <c>TYPE NAME</c>, one per <paramref name="separator"/>-separated entry.</summary>
    public ElementKey[] ElementKeys(int column, char separator)
    {
        var text = Chars(Bytes(column));
        var count = 0;
        foreach (var range in text.Split(separator))
        {
            count += range.End.Value > range.Start.Value ? 1 : 0;
        }

        if (count == 0)
        {
            return [];
        }

        var keys = new ElementKey[count];
        var i = 0;
        foreach (var range in text.Split(separator))
        {
            var entry = text[range];
            if (entry.IsEmpty)
            {
                continue;
            }

            var blank = entry.IndexOf(' ');
            keys[i++] = new ElementKey(Pooled(entry[..blank]), Pooled(entry[(blank + 1)..]));
        }

        return keys;
    }

    public void Dispose() => _statement.Dispose();

    private string Pooled(ReadOnlySpan<char> value)
    {
        if (_lookup.TryGetValue(value, out var pooled))
        {
            return pooled;
        }

        var text = value.ToString();
        if (_pool.Count < PoolLimit)
        {
            _pool.Add(text, text);
        }

        return text;
    }

    private ReadOnlySpan<char> Chars(ReadOnlySpan<byte> utf8)
    {
        if (_chars.Length < utf8.Length)
        {
            _chars = new char[Math.Max(utf8.Length, _chars.Length * 2)];
        }

        return _chars.AsSpan(0, Encoding.UTF8.GetChars(utf8, _chars));
    }

    /// <summary>Another connection holds a lock SQLite cannot wait for here: retry, as SqliteCommand does, until its default timeout.</summary>
    private int RetryBusy(int rc)
    {
        var clock = Stopwatch.StartNew();
        while (rc is raw.SQLITE_BUSY or raw.SQLITE_LOCKED && clock.ElapsedMilliseconds < BusyTimeoutMilliseconds)
        {
            raw.sqlite3_reset(_statement);
            Thread.Sleep(10);
            rc = raw.sqlite3_step(_statement);
        }

        return rc;
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }
}
