using System.Text;

namespace IMU.Cli.Output;

/// <summary>A left-aligned text table in the spirit of SMP/E's reports: a header, a rule, one row per entry.</summary>
internal sealed class TextTable(params string[] headers)
{
    /// <summary>Characters written to the terminal at once: one write per line would cost a system call each.</summary>
    private const int WriteSize = 32 * 1024;

    private readonly List<string[]> _rows = [];

    /// <summary>Gets how many rows the table has.</summary>
    public int Count => _rows.Count;

    public void AddRow(params string[] cells)
    {
        if (cells.Length != headers.Length)
        {
            throw new ArgumentException($"Expected {headers.Length} cells, got {cells.Length}.", nameof(cells));
        }

        _rows.Add(cells);
    }

    public void WriteTo(TextWriter writer) => Write(writer, headers, _rows);

    /// <summary>
    /// Writes a table whose rows are made as they are written: <paramref name="rows"/> is enumerated twice
    /// (the column widths, then the lines), so a report of a million entries holds no row longer than it is written.
    /// </summary>
    public static void Write(TextWriter writer, string[] headers, IEnumerable<string[]> rows)
    {
        var widths = headers.Select(h => h.Length).ToArray();
        foreach (var row in rows)
        {
            if (row.Length != headers.Length)
            {
                throw new ArgumentException($"Expected {headers.Length} cells, got {row.Length}.", nameof(rows));
            }

            for (var i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        var lines = new StringBuilder(WriteSize + 1024);
        var newLine = writer.NewLine;
        AppendLine(lines, headers, widths, newLine);
        AppendLine(lines, [.. widths.Select(w => new string('-', w))], widths, newLine);
        foreach (var row in rows)
        {
            AppendLine(lines, row, widths, newLine);
            if (lines.Length >= WriteSize)
            {
                writer.Write(lines.ToString());
                lines.Clear();
            }
        }

        writer.Write(lines.ToString());
    }

    private static void AppendLine(StringBuilder lines, string[] cells, int[] widths, string newLine)
    {
        var start = lines.Length;
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                lines.Append("  ");
            }

            lines.Append(cells[i]);
            if (i < cells.Length - 1)
            {
                lines.Append(' ', widths[i] - cells[i].Length);
            }
        }

        var end = lines.Length;
        while (end > start && char.IsWhiteSpace(lines[end - 1]))
        {
            end--;
        }

        lines.Length = end;
        lines.Append(newLine);
    }
}
