using System.Text;

namespace IMU.Zosmf.Simulator;

/// <summary>
/// Splits SMPCNTL into statements: comments removed, a statement ends at the first period outside
/// parentheses, operands are keywords with an optional balanced parenthesised value.
/// </summary>
internal static class SmpCntlScanner
{
    public static IReadOnlyList<SmpCntlStatement> Scan(string text)
    {
        var statements = new List<SmpCntlStatement>();
        var current = new StringBuilder();
        var depth = 0;
        var source = StripComments(text);
        foreach (var c in source)
        {
            if (c == '.' && depth == 0)
            {
                if (current.ToString().Trim().Length > 0)
                {
                    statements.Add(ToStatement(current.ToString()));
                }

                current.Clear();
                continue;
            }

            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            current.Append(c is '\n' or '\r' ? ' ' : c);
        }

        if (current.ToString().Trim().Length > 0)
        {
            throw new FormatException($"GIM20602S STATEMENT '{current.ToString().Trim()}' HAS NO ENDING PERIOD");
        }

        return statements;
    }

    /// <summary>Reads an operand value that is itself a list of operands, e.g. BYPASS's <c>HOLDSYSTEM(ACTION),HOLDERROR</c>.</summary>
    public static IReadOnlyDictionary<string, string?> Operands(string value) => ToStatement("X " + value).Operands;

    private static string StripComments(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? text.Length : end + 1;
                result.Append(' ');
                continue;
            }

            result.Append(text[i]);
        }

        return result.ToString();
    }

    private static SmpCntlStatement ToStatement(string text)
    {
        var operands = new Dictionary<string, string?>(StringComparer.Ordinal);
        string? verb = null;
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]) || text[i] == ',')
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not '(' and not ',')
            {
                i++;
            }

            var keyword = text[start..i];
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }

            string? value = null;
            if (i < text.Length && text[i] == '(')
            {
                var depth = 0;
                var open = i;
                do
                {
                    depth += text[i] == '(' ? 1 : text[i] == ')' ? -1 : 0;
                    i++;
                }
                while (i < text.Length && depth > 0);
                value = text[(open + 1)..(i - 1)].Trim();
            }

            if (verb is null)
            {
                verb = keyword;
                if (value is not null)
                {
                    operands[keyword] = value;
                }
            }
            else
            {
                operands[keyword] = value;
            }
        }

        return new SmpCntlStatement(verb ?? string.Empty, operands);
    }
}
