using System.Text.RegularExpressions;
using IMU.Zosmf.Results;

namespace IMU.Zosmf.Spool;

/// <summary>
/// Reads SYSMOD entries from LIST output in SMPLIST (carriage control already removed): an entry
/// starts with <c>id TYPE = PTF</c> and continues with indented <c>STATUS = REC APP</c>,
/// <c>FMID = ...</c> and other <c>NAME = value</c> lines.
/// </summary>
internal static partial class SmpListParser
{
    public static IReadOnlyList<ZoneSysmodEntry> Parse(IReadOnlyList<string> smplist)
    {
        var entries = new List<ZoneSysmodEntry>();
        ZoneSysmodEntry? current = null;
        foreach (var raw in smplist)
        {
            var entry = EntryPattern().Match(raw);
            if (entry.Success)
            {
                Add();
                current = new ZoneSysmodEntry(entry.Groups[1].Value, entry.Groups[2].Value, string.Empty, null);
                continue;
            }

            var field = FieldPattern().Match(raw);
            if (current is null || !field.Success)
            {
                continue;
            }

            var value = field.Groups[2].Value.Trim();
            current = field.Groups[1].Value switch
            {
                "STATUS" => current with { Status = value },
                "FMID" => current with { Fmid = value },
                _ => current,
            };
        }

        Add();
        return entries;

        void Add()
        {
            if (current is not null)
            {
                entries.Add(current);
            }
        }
    }

    [GeneratedRegex(@"^\s*([A-Z0-9#@$]{7})\s+TYPE\s+=\s+(\S+)\s*$")]
    private static partial Regex EntryPattern();

    [GeneratedRegex(@"^\s+([A-Z][A-Z/ ]*?)\s+=\s+(.*)$")]
    private static partial Regex FieldPattern();
}
