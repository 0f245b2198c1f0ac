using IMU.Smpe.Diagnostics;
using IMU.Zosmf.Results;

namespace IMU.Zosmf.Spool;

/// <summary>
/// Reads SMPRPT records (carriage control already removed) in SMP/E's own report layouts (SMP/E
/// Commands, "Reports"): the SYSMOD status report of APPLY, ACCEPT and RESTORE
/// (<c>SYSMOD STATUS TYPE FMID REQUISITE SYSMODS, ...</c>), the RECEIVE summary report
/// (<c>SYSMOD STATUS TYPE SOURCEID FEATURE STATUS FIELD COMMENTS</c>) and the element summary report
/// (two header lines, <c>ELEMENT TYPE / NAME / STATUS / CURRENT FMID / RMID ...</c>). Columns are
/// taken from each report's header line, so the rows are read where that header puts them; other
/// reports are skipped.
/// </summary>
internal static class SmpReportParser
{
    private static readonly string[] s_statusColumns = ["SYSMOD", "STATUS", "TYPE", "FMID", "REQUISITE"];
    private static readonly string[] s_receiveColumns = ["SYSMOD", "STATUS", "TYPE", "SOURCEID", "FEATURE", "STATUS FIELD COMMENTS"];
    private static readonly string[] s_elementColumns = ["TYPE", "NAME", "STATUS", "FMID", "RMID", "LIBRARY", "LIBRARY", "NAMES", "MODULE", "SYSLIB", "NAME", "STATUS"];

    public static SmpReport Parse(IReadOnlyList<string> smprpt)
    {
        var sysmods = new List<SysmodOutcome>();
        var elements = new List<ElementChange>();
        var report = Report.None;
        int[]? columns = null;
        foreach (var raw in smprpt)
        {
            var line = raw.TrimEnd();
            var title = line.TrimStart();
            if (line.Length == 0 || line.StartsWith("PAGE ", StringComparison.Ordinal))
            {
                continue;
            }

            if (title.StartsWith("SYSMOD STATUS REPORT FOR ", StringComparison.Ordinal))
            {
                (report, columns) = (Report.Status, null);
            }
            else if (title.StartsWith("RECEIVE SUMMARY REPORT", StringComparison.Ordinal))
            {
                (report, columns) = (Report.Receive, null);
            }
            else if (title.StartsWith("ELEMENT SUMMARY REPORT FOR ", StringComparison.Ordinal))
            {
                (report, columns) = (Report.Element, null);
            }
            else if (title.EndsWith(" REPORT", StringComparison.Ordinal) || title.Contains(" REPORT FOR ", StringComparison.Ordinal))
            {
                (report, columns) = (Report.None, null);
            }
            else if (report == Report.Status && line.StartsWith("SYSMOD ", StringComparison.Ordinal) && line.Contains("REQUISITE", StringComparison.Ordinal))
            {
                columns = Columns(line, s_statusColumns);
            }
            else if (report == Report.Receive && line.StartsWith("SYSMOD ", StringComparison.Ordinal) && line.Contains("SOURCEID", StringComparison.Ordinal))
            {
                columns = Columns(line, s_receiveColumns);
            }
            else if (report == Report.Element && line.StartsWith("TYPE ", StringComparison.Ordinal) && line.Contains("RMID", StringComparison.Ordinal))
            {
                columns = Columns(line, s_elementColumns);
            }
            else if (columns is null || line.StartsWith("ELEMENT ", StringComparison.Ordinal))
            {
                continue;
            }
            else if (report == Report.Element)
            {
                var row = Fields(line, columns);
                elements.Add(new ElementChange(row[0], row[1], row[2], Null(row[3]), Null(row[4]), Null(row[5]), Null(row[6]), row[10], Null(row[11])));
            }
            else if (IsRow(line))
            {
                var row = Fields(line, columns);
                sysmods.Add(report == Report.Status
                    ? new SysmodOutcome(row[0], StatusOf(row[1]), row[1], row[2], Null(row[3]), Null(row[4]))
                    : new SysmodOutcome(row[0], StatusOf(row[1]), row[1], row[2], null, Null(row[5])));
            }
            else if (sysmods.Count > 0 && line.StartsWith("         ", StringComparison.Ordinal))
            {
                // A requisite list or comment too long for one line continues, indented, on the next.
                var last = sysmods[^1];
                sysmods[^1] = last with { Detail = last.Detail is null ? title : last.Detail + " " + title };
            }
        }

        return new SmpReport(sysmods, elements);
    }

    /// <summary>The SYSMOD status words SMP/E prints; anything else is <see cref="SysmodOutcomeStatus.Unknown"/>.</summary>
    public static SysmodOutcomeStatus StatusOf(string word) => word switch
    {
        "RECEIVED" => SysmodOutcomeStatus.Received,
        "NOT RECEIVED" => SysmodOutcomeStatus.NotReceived,
        "APPLIED" => SysmodOutcomeStatus.Applied,
        "ACCEPTED" => SysmodOutcomeStatus.Accepted,
        "RESTORED" => SysmodOutcomeStatus.Restored,
        "DELETED" => SysmodOutcomeStatus.Deleted,
        "ERROR" => SysmodOutcomeStatus.Error,
        "EXCLUDED" => SysmodOutcomeStatus.Excluded,
        "HELD" => SysmodOutcomeStatus.Held,
        "NOGO" or "NOGO(E)" or "NOGO(H)" => SysmodOutcomeStatus.NoGo,
        "SUPD" => SysmodOutcomeStatus.Superseded,
        "INCMPLT" => SysmodOutcomeStatus.Incomplete,
        _ => SysmodOutcomeStatus.Unknown,
    };

    /// <summary>Where each header word starts, searching left to right (the element header repeats words).</summary>
    private static int[] Columns(string header, string[] words)
    {
        var columns = new int[words.Length];
        var from = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var at = header.IndexOf(words[i], from, StringComparison.Ordinal);
            columns[i] = at < 0 ? header.Length : at;
            from = at < 0 ? from : at + words[i].Length;
        }

        return columns;
    }

    private static string[] Fields(string line, int[] columns)
    {
        var fields = new string[columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            var start = columns[i];
            var end = i + 1 < columns.Length ? columns[i + 1] : line.Length;
            fields[i] = start >= line.Length ? string.Empty : line[start..Math.Min(Math.Max(end, start), line.Length)].Trim();
        }

        return fields;
    }

    private static bool IsRow(string line) => line.Length >= 7 && SmpeNames.IsSysmodId(line.AsSpan(0, 7)) && (line.Length == 7 || line[7] == ' ');

    private static string? Null(string value) => value.Length == 0 ? null : value;

    private enum Report
    {
        None,
        Status,
        Receive,
        Element,
    }
}
