using System.Text.RegularExpressions;

namespace IMU.Zosmf.Commands;

/// <summary>
/// Validation and rendering of SMPCNTL operands. Everything a caller gives ends up inside an
/// in-stream SMPCNTL, so a value that could close a statement early (a period, an unbalanced
/// parenthesis, a comment) is refused rather than escaped.
/// </summary>
internal static partial class SmpeOperands
{
    public static void RequireName(string value, string parameter)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, parameter);
        if (!NamePattern().IsMatch(value))
        {
            throw new ArgumentException($"'{value}' is not a valid SMP/E name (1-8 of A-Z 0-9 # @ $).", parameter);
        }
    }

    public static void RequireBypass(string operand, string parameter)
    {
        if (!BypassPattern().IsMatch(operand))
        {
            throw new ArgumentException($"'{operand}' is not a BYPASS operand such as HOLDSYSTEM(ACTION) or HOLDERROR.", parameter);
        }
    }

    /// <summary>Renders <c>KEYWORD(a,b,c)</c> over as many records as needed to stay within column 72.</summary>
    public static IEnumerable<string> List(string keyword, IReadOnlyList<string> values)
    {
        var line = new System.Text.StringBuilder("       ").Append(keyword).Append('(');
        for (var i = 0; i < values.Count; i++)
        {
            var piece = values[i] + (i == values.Count - 1 ? ")" : ",");
            if (line.Length + piece.Length > 71)
            {
                yield return line.ToString();
                line.Clear().Append("         ");
            }

            line.Append(piece);
        }

        yield return line.ToString();
    }

    [GeneratedRegex("^[A-Z#@$][A-Z0-9#@$]{0,7}$")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^[A-Z]{4,12}(\([A-Z0-9#@$]{1,8}(\([A-Z0-9#@$,]{1,200}\))?(,[A-Z0-9#@$]{1,8}(\([A-Z0-9#@$,]{1,200}\))?)*\))?$")]
    private static partial Regex BypassPattern();
}
