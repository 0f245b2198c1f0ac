using System.Text;

namespace IMU.Smpe.Mcs;

/// <summary>
/// Lays MCS out on 80-column card images: operands stay within columns 1-71 and lists wrap at
/// their separators; a value or free text too long for one record fills it through column 72
/// and continues in column 1 of the next, which SMP/E joins without a blank.
/// </summary>
internal sealed class CardWriter
{
    private const int LastColumn = 71;
    private const int ScannedColumns = 72;
    private const string Indent = "  ";

    private readonly StringBuilder _out = new();
    private readonly StringBuilder _line = new();

    public override string ToString() => _out.ToString();

    /// <summary>Starts a statement on a new record, e.g. <c>++PTF(UZ00001)</c>.</summary>
    public void Begin(string head)
    {
        Flush();
        Glue(head);
    }

    /// <summary>Writes an operand after a blank.</summary>
    public void Token(string token)
    {
        if (_line.Length + 1 + token.Length <= LastColumn)
        {
            _line.Append(' ').Append(token);
            return;
        }

        NewRecord();
        Glue(token);
    }

    /// <summary>Writes <c>KEY(v1,v2,...)</c>, breaking records after a comma when needed.</summary>
    public void List(string keyword, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            Token(keyword);
            return;
        }

        Token(keyword + "(" + values[0] + (values.Count == 1 ? ")" : ","));
        for (var i = 1; i < values.Count; i++)
        {
            Glue(values[i] + (i == values.Count - 1 ? ")" : ","));
        }
    }

    /// <summary>Writes <c>KEY(text)</c> where each line of text is a record of its own.</summary>
    public void FreeText(string keyword, string text)
    {
        Token(keyword + "(");
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                Flush(force: true);
            }

            Fill(lines[i]);
        }

        Glue(")");
    }

    /// <summary>Ends the statement with its period.</summary>
    public void End()
    {
        Glue(".");
        Flush();
    }

    /// <summary>Writes inline data records exactly as they are.</summary>
    public void Data(IReadOnlyList<string> records)
    {
        Flush();
        foreach (var record in records)
        {
            _out.Append(record).Append('\n');
        }
    }

    /// <summary>Appends without a separator; moves to a new record when it would pass column 71.</summary>
    private void Glue(string piece)
    {
        if (_line.Length + piece.Length <= LastColumn)
        {
            _line.Append(piece);
            return;
        }

        NewRecord();
        if (_line.Length + piece.Length <= LastColumn)
        {
            _line.Append(piece);
            return;
        }

        Fill(piece);
    }

    /// <summary>
    /// Writes text that may continue through column 72 into column 1 of the next record; the
    /// record it ends on stays short of column 72 so a following record break still separates.
    /// </summary>
    private void Fill(string text)
    {
        var i = 0;
        while (true)
        {
            var room = ScannedColumns - _line.Length;
            if (text.Length - i < room)
            {
                _line.Append(text, i, text.Length - i);
                return;
            }

            _line.Append(text, i, room);
            i += room;
            Flush(force: true);
        }
    }

    private void NewRecord()
    {
        Flush();
        _line.Append(Indent);
    }

    private void Flush(bool force = false)
    {
        if (_line.Length == 0 && !force)
        {
            return;
        }

        _out.Append(_line).Append('\n');
        _line.Clear();
    }
}
