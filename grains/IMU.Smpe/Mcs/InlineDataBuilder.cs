namespace IMU.Smpe.Mcs;

/// <summary>Collects the inline data records of the element being read into one reusable buffer.</summary>
internal sealed class InlineDataBuilder
{
    private const int ShrinkAbove = 1024 * 1024;

    private char[] _chars = new char[4096];
    private int[] _starts = new int[64];
    private int _length;
    private int _count;

    public bool IsEmpty => _count == 0;

    public void Add(ReadOnlySpan<char> record)
    {
        if (_length + record.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_length + record.Length, _chars.Length * 2));
        }

        if (_count + 2 > _starts.Length)
        {
            Array.Resize(ref _starts, _starts.Length * 2);
        }

        _starts[_count++] = _length;
        record.CopyTo(_chars.AsSpan(_length));
        _length += record.Length;
    }

    /// <summary>The records added since the last call, as an exact-size copy; the builder starts afresh.</summary>
    public IReadOnlyList<string> Build()
    {
        _starts[_count] = _length;
        var records = new InlineRecords(new string(_chars, 0, _length), _starts[..(_count + 1)]);
        Clear();
        return records;
    }

    public void Clear()
    {
        _length = 0;
        _count = 0;

        // One huge SYSMOD must not pin its buffer for the rest of the stream.
        if (_chars.Length > ShrinkAbove)
        {
            _chars = new char[4096];
            _starts = new int[64];
        }
    }
}
