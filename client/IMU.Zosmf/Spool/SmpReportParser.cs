using IMU.Zosmf.Results;

namespace IMU.Zosmf.Spool;

/// <summary>Reads the SYSMOD and element summary reports from SMPRPT (layout: <see cref="SmpReportLayout"/>).</summary>
internal static class SmpReportParser
{
    public static (IReadOnlyList<SysmodOutcome> Sysmods, IReadOnlyList<ElementChange> Elements) Parse(string smprpt)
    {
        var sysmods = new List<SysmodOutcome>();
        var elements = new List<ElementChange>();
        var section = Section.None;
        foreach (var raw in smprpt.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.Length == 0 || line.StartsWith("PAGE ", StringComparison.Ordinal))
            {
                continue;
            }

            if (line.StartsWith(SmpReportLayout.SysmodHeader, StringComparison.Ordinal))
            {
                section = Section.Sysmods;
            }
            else if (line.StartsWith(SmpReportLayout.ElementHeader, StringComparison.Ordinal))
            {
                section = Section.Elements;
            }
            else if (line.StartsWith(' '))
            {
                section = Section.None;
            }
            else if (section == Section.Sysmods)
            {
                sysmods.Add(ReadSysmod(line));
            }
            else if (section == Section.Elements)
            {
                elements.Add(ReadElement(line));
            }
        }

        return (sysmods, elements);
    }

    private static SysmodOutcome ReadSysmod(string line)
    {
        var status = Column(line, SmpReportLayout.SysmodStatusColumn, SmpReportLayout.SysmodTypeColumn);
        return new SysmodOutcome(
            Column(line, 0, SmpReportLayout.SysmodStatusColumn),
            ParseStatus(status),
            Column(line, SmpReportLayout.SysmodTypeColumn, SmpReportLayout.SysmodReasonColumn),
            NullIfEmpty(Column(line, SmpReportLayout.SysmodReasonColumn, line.Length)));
    }

    private static ElementChange ReadElement(string line) => new(
        Column(line, 0, SmpReportLayout.ElementTypeColumn),
        Column(line, SmpReportLayout.ElementTypeColumn, SmpReportLayout.ElementSysmodColumn),
        Column(line, SmpReportLayout.ElementSysmodColumn, SmpReportLayout.ElementActionColumn),
        Column(line, SmpReportLayout.ElementActionColumn, SmpReportLayout.ElementLibraryColumn),
        NullIfEmpty(Column(line, SmpReportLayout.ElementLibraryColumn, line.Length)));

    private static SysmodOutcomeStatus ParseStatus(string word)
        => Enum.GetValues<SysmodOutcomeStatus>().FirstOrDefault(s => SmpReportLayout.StatusWord(s) == word, SysmodOutcomeStatus.Failed);

    private static string Column(string line, int start, int end)
        => start >= line.Length ? string.Empty : line[start..Math.Min(end, line.Length)].Trim();

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private enum Section
    {
        None,
        Sysmods,
        Elements,
    }
}
