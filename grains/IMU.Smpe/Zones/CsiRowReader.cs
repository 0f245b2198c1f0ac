using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace IMU.Smpe.Zones;

/// <summary>
/// A lean forward-only reader for the big streams (a whole zone listing, a migration): it steps one
/// prepared statement on the connection's own handle (so it reads inside the transaction the command
/// holds), hands out column bytes without copying, and shares repeated values (types, FMIDs) through
/// a per-stream pool looked up by span, so a repeated value costs no string.
/// </summary>
internal sealed class CsiRowReader : IDisposable
{
    private const int PoolLimit = 65_536;

    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private char[] _chars = new char[128];

    public CsiRowReader(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("the CSI connection is not open");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
        _lookup = _pool.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool Read()
    {
        var rc = raw.sqlite3_step(_statement);
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

    /// <summary>A value that is rarely repeated (SYSMOD IDs): a fresh string.</summary>
    public string String(int column) => Encoding.UTF8.GetString(Bytes(column));

    /// <summary>A value that repeats across rows, shared through the pool; null for SQL NULL.</summary>
    public string? PooledOrNull(int column) => IsNull(column) ? null : Pooled(column);

    /// <summary>A value that repeats across rows, shared through the pool.</summary>
    public string Pooled(int column)
    {
        var value = Chars(Bytes(column));
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

    public void Dispose() => _statement.Dispose();

    private ReadOnlySpan<char> Chars(ReadOnlySpan<byte> utf8)
    {
        if (_chars.Length < utf8.Length)
        {
            _chars = new char[Math.Max(utf8.Length, _chars.Length * 2)];
        }

        return _chars.AsSpan(0, Encoding.UTF8.GetChars(utf8, _chars));
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }
}
