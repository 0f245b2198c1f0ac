using IMU.Zosmf.Results;
using IMU.Zosmf.Spool;

namespace IMU.Zosmf.Tests.Spool;

public sealed class SmpReportParserTests
{
    [Fact]
    public void Parse_RowsWrittenWithTheLayout_ReadBackUnchanged()
    {
        var report = string.Join('\n',
            SmpReportLayout.PageHeader(1, "TGT1", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), "SMPRPT"),
            SmpReportLayout.SysmodTitle("APPLY"),
            string.Empty,
            SmpReportLayout.SysmodHeader,
            SmpReportLayout.SysmodRow("UJ00001", "APPLIED", "PTF", null),
            SmpReportLayout.SysmodRow("UJ00002", "HELD", "PTF", "SYSTEM ACTION"),
            SmpReportLayout.SysmodRow("UJ00003", SmpReportLayout.StatusWord(SysmodOutcomeStatus.NotProcessed), "USERMOD", "UJ00002 HELD"),
            string.Empty,
            SmpReportLayout.ElementTitle("APPLY"),
            SmpReportLayout.ElementHeader,
            SmpReportLayout.ElementRow("IEANUC01", "MOD", "UJ00001", "REPLACED", "NUCLEUS"),
            SmpReportLayout.ElementRow("IEAMAC1", "MAC", "UJ00001", "ADDED", null));

        var (sysmods, elements) = SmpReportParser.Parse(report);

        Assert.Equal(
            [
                new SysmodOutcome("UJ00001", SysmodOutcomeStatus.Applied, "PTF", null),
                new SysmodOutcome("UJ00002", SysmodOutcomeStatus.Held, "PTF", "SYSTEM ACTION"),
                new SysmodOutcome("UJ00003", SysmodOutcomeStatus.NotProcessed, "USERMOD", "UJ00002 HELD"),
            ],
            sysmods);
        Assert.Equal(
            [new ElementChange("IEANUC01", "MOD", "UJ00001", "REPLACED", "NUCLEUS"), new ElementChange("IEAMAC1", "MAC", "UJ00001", "ADDED", null)],
            elements);
    }
}
