using System.Text.RegularExpressions;
using IMU.Zosmf.Results;

namespace IMU.Zosmf.Spool;

/// <summary>
/// Reads SMP/E messages from SMPOUT records (carriage control already removed): <c>GIMnnnnnv yy text</c>
/// where v is the severity (I/W/E/S/T) and yy is blank or, for E, S and T, the highlighting <c>**</c>
/// (SMP/E Messages, message format); continued on indented records. Page headers and report lines
/// are skipped.
/// </summary>
internal static partial class GimMessageParser
{
    public static IReadOnlyList<GimMessage> Parse(IReadOnlyList<string> smpout)
    {
        var messages = new List<GimMessage>();
        string? id = null;
        var severity = GimSeverity.Information;
        var text = new System.Text.StringBuilder();
        foreach (var raw in smpout)
        {
            var line = raw.TrimEnd();
            var match = MessagePattern().Match(line);
            if (match.Success)
            {
                Flush();
                id = match.Groups[1].Value;
                severity = ToSeverity(match.Groups[2].Value[0]);
                text.Append(match.Groups[3].Value.Trim());
            }
            else if (id is not null && line.StartsWith("         ", StringComparison.Ordinal) && line.Trim().Length > 0)
            {
                text.Append(' ').Append(line.Trim());
            }
            else
            {
                Flush();
            }
        }

        Flush();
        return messages;

        void Flush()
        {
            if (id is not null)
            {
                messages.Add(new GimMessage(id, severity, text.ToString()));
            }

            id = null;
            text.Clear();
        }
    }

    /// <summary>The return code the messages imply: the highest severity seen.</summary>
    public static int HighestReturnCode(IEnumerable<GimMessage> messages)
        => messages.Select(m => (int)m.Severity).DefaultIfEmpty(0).Max();

    public static GimSeverity ToSeverity(char letter) => letter switch
    {
        'I' => GimSeverity.Information,
        'W' => GimSeverity.Warning,
        'E' => GimSeverity.Error,
        'S' => GimSeverity.Severe,
        'T' => GimSeverity.Terminating,
        _ => throw new ArgumentOutOfRangeException(nameof(letter), letter, "Not a GIM severity letter."),
    };

    [GeneratedRegex(@"^(GIM\d{5})([IWEST])(?:\s+\*\*)?\s+(.*)$")]
    private static partial Regex MessagePattern();
}
