using IMU.Smpe.Diagnostics;

namespace IMU.Smpe.Syntax;

/// <summary>
/// The scanned columns of the records of one statement, joined into one reusable buffer. Each
/// record keeps its line and first column so any offset maps back to a source position.
/// </summary>
internal sealed class StatementBuffer
{
    private char[] _chars = new char[512];
    private Segment[] _segments = new Segment[16];
    private int _segmentCount;

    public int Length { get; private set; }

    public ReadOnlySpan<char> Span => _chars.AsSpan(0, Length);

    public string File { get; set; } = string.Empty;

    public void Clear()
    {
        Length = 0;
        _segmentCount = 0;
    }

    /// <summary>
    /// Appends one record's scanned columns. A record that ends before column 72 was blank-padded
    /// on the card, so its end separates tokens; it is marked with <see cref="Lexer.RecordBreak"/>
    /// so free text keeps its line structure. A record that fills column 72 continues directly.
    /// </summary>
    public void AppendRecord(ReadOnlySpan<char> columns, int line, int firstColumn, bool reachesColumn72)
    {
        var needed = Length + columns.Length + 1;
        if (needed > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(needed, _chars.Length * 2));
        }

        if (_segmentCount == _segments.Length)
        {
            Array.Resize(ref _segments, _segments.Length * 2);
        }

        _segments[_segmentCount++] = new Segment(Length, line, firstColumn);
        columns.CopyTo(_chars.AsSpan(Length));
        Length += columns.Length;
        if (!reachesColumn72)
        {
            _chars[Length++] = Lexer.RecordBreak;
        }
    }

    public void Append(ReadOnlySpan<char> text, int line, int firstColumn)
    {
        Clear();
        AppendRecord(text, line, firstColumn, reachesColumn72: true);
    }

    public SourceLocation Locate(int offset)
    {
        if (_segmentCount == 0)
        {
            return new SourceLocation(File, 1, 1);
        }

        var lo = 0;
        var hi = _segmentCount - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >> 1;
            if (_segments[mid].BufferStart <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        var segment = _segments[lo];
        return new SourceLocation(File, segment.Line, segment.Column + Math.Max(0, offset - segment.BufferStart));
    }

    public SourceLocation EndLocation() => Locate(Math.Max(0, Length - 1));

    private readonly record struct Segment(int BufferStart, int Line, int Column);
}
