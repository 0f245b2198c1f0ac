using System.Globalization;
using System.Text;

namespace IMU.Cli.Output;

/// <summary>
/// Writes through to the terminal with every control character escaped (<c>\x1B</c>), so that bytes
/// from MCS input (read as Latin-1, where 0x9B is the C1 control sequence introducer) cannot move the
/// cursor, recolour or clear the screen. Line ends and tabs pass through.
/// </summary>
internal sealed class EscapingTextWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override string NewLine
    {
        get => inner.NewLine;
#pragma warning disable CS8765 // TextWriter.NewLine accepts null to mean the default; so does the inner writer.
        set => inner.NewLine = value;
#pragma warning restore CS8765
    }

    public static string Escape(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\0', '\x1F') && !text.AsSpan().ContainsAnyInRange('\x7F', '\x9F'))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            Append(escaped, c);
        }

        return escaped.ToString();
    }

    public override void Write(char value)
    {
        if (IsControl(value))
        {
            inner.Write(Escape(value.ToString()));
        }
        else
        {
            inner.Write(value);
        }
    }

    public override void Write(string? value)
    {
        if (value is not null)
        {
            inner.Write(Escape(value));
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value) => inner.WriteLine(value is null ? null : Escape(value));

    public override void WriteLine() => inner.WriteLine();

    public override void Flush() => inner.Flush();

    private static bool IsControl(char c) => c is (< '\x20' and not '\n' and not '\t') or (>= '\x7F' and <= '\x9F');

    private static void Append(StringBuilder escaped, char c)
    {
        if (IsControl(c))
        {
            escaped.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}");
        }
        else
        {
            escaped.Append(c);
        }
    }
}
