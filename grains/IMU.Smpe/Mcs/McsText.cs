using System.Buffers;
using System.Globalization;
using System.Text;

namespace IMU.Smpe.Mcs;

/// <summary>
/// Makes text taken from MCS input safe to print on a terminal. MCS files are read byte for byte,
/// so a name or a message quoting one can carry control characters and terminal escape sequences.
/// </summary>
public static class McsText
{
    private static readonly SearchValues<char> s_suspect = SearchValues.Create(Suspects());

    /// <summary>
    /// Returns <paramref name="text"/> with every control character (C0, DEL and C1, where an 8-bit
    /// terminal takes 0x9B as CSI) and every invisible formatting character (bidirectional overrides,
    /// zero-width characters, line and paragraph separators) written as <c>\t</c>, <c>\n</c>,
    /// <c>\r</c>, <c>\xHH</c> or <c>\uHHHH</c>. Text that needs no escaping is returned as it is, and
    /// escaping escaped text changes nothing.
    /// </summary>
    /// <param name="text">The text to print.</param>
    /// <returns>The printable text.</returns>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = text.AsSpan().IndexOfAny(s_suspect);
        if (first < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (!NeedsEscape(c))
            {
                escaped.Append(c);
                continue;
            }

            _ = c switch
            {
                '\t' => escaped.Append("\\t"),
                '\n' => escaped.Append("\\n"),
                '\r' => escaped.Append("\\r"),
                <= '\u00FF' => escaped.Append("\\x").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture)),
                _ => escaped.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
            };
        }

        return escaped.ToString();
    }

    private static bool NeedsEscape(char c) => CharUnicodeInfo.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate => true,
        _ => false,
    };

    private static string Suspects()
    {
        var suspects = new StringBuilder();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (NeedsEscape((char)c))
            {
                suspects.Append((char)c);
            }
        }

        return suspects.ToString();
    }
}
