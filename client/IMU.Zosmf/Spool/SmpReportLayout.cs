namespace IMU.Zosmf.Spool;

/// <summary>
/// The SMPRPT and SMPLIST layouts the simulator prints and the agent reads. They follow SMP/E's
/// report style (title line, column header, fixed columns); the column positions are ours.
/// </summary>
internal static class SmpReportLayout
{
    public const string SysmodHeader = "SYSMOD   STATUS        TYPE      REASON";
    public const string ElementHeader = "ELEMENT  TYPE     SYSMOD   ACTION     LIBRARY";

    public const int SysmodStatusColumn = 9;
    public const int SysmodTypeColumn = 23;
    public const int SysmodReasonColumn = 33;

    public const int ElementTypeColumn = 9;
    public const int ElementSysmodColumn = 18;
    public const int ElementActionColumn = 27;
    public const int ElementLibraryColumn = 38;

    public static string SysmodTitle(string verb) => $"              {verb}  SUMMARY  REPORT";

    public static string ElementTitle(string verb) => $"              {verb}  ELEMENT  SUMMARY  REPORT";

    public static string SysmodRow(string id, string status, string type, string? reason)
        => $"{id,-9}{status,-14}{type,-10}{reason}".TrimEnd();

    public static string ElementRow(string name, string type, string sysmod, string action, string? library)
        => $"{name,-9}{type,-9}{sysmod,-9}{action,-11}{library}".TrimEnd();

    public static string PageHeader(int page, string zone, DateTimeOffset time, string ddName)
        => $"PAGE {page:0000}  - NOW SET TO {zone,-8} ZONE      DATE {time:MM/dd/yy}  TIME {time:HH:mm:ss}  SMP/E 37.25   {ddName,-8} OUTPUT";

    public static string StatusWord(Results.SysmodOutcomeStatus status) => status switch
    {
        Results.SysmodOutcomeStatus.NotProcessed => "NOT PROCESSED",
        _ => status.ToString().ToUpperInvariant(),
    };
}
