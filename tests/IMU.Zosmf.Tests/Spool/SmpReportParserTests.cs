using IMU.Zosmf.Results;
using IMU.Zosmf.Spool;
using static IMU.Zosmf.Tests.Support.SpoolText;

namespace IMU.Zosmf.Tests.Spool;

/// <summary>
/// SMPRPT in SMP/E's own layouts, as z/OSMF returns RECFM=FBA spool in text mode (carriage control in
/// column 1). Layouts from IBM, SMP/E for z/OS Commands: "SYSMOD status report: standard format",
/// "RECEIVE summary report: standard format", "Element summary report: standard format".
/// </summary>
public sealed class SmpReportParserTests
{
    private const string Page = "PAGE 0001  - NOW SET TO TARGET ZONE TGT1     DATE 03/01/26 TIME 10:00:00 SMP/E 37.25 SMPRPT OUTPUT";

    [Fact]
    public void SysmodStatusReport_RowsAtTheDocumentedColumns_AreRead()
    {
        // SYSMOD 1-7, STATUS from 10, TYPE from 20, FMID from 30, requisites from 40 (columns after the carriage control).
        var smprpt = Of(
            "1" + Page,
            "0                 SYSMOD STATUS REPORT FOR APPLY PROCESSING     SYSMODS APPLIED - 0001",
            "0NOTE:  '-' INDICATES THE REQUISITE SYSMOD OR HOLD CONDITION IS NOT SATISFIED",
            "        '*' INDICATES THE NON SATISFIED REQUISITE SYSMOD OR HOLD CONDITION IS BYPASSED",
            "0SYSMOD   STATUS    TYPE      FMID      REQUISITE SYSMODS, SUPBY SYSMODS, HOLD REASON-IDS, AND CAUSER SYSMODS",
            Record('0', (0, "UJ00001"), (9, "APPLIED"), (19, "PTF"), (29, "HBB7790")),
            Record(' ', (0, "UJ00002"), (9, "HELD"), (19, "PTF"), (29, "HBB7790"), (39, "-ACTION  *DOC")),
            Record(' ', (0, "UJ00003"), (9, "NOGO(E)"), (19, "PTF"), (29, "HBB7790"), (39, "-UJ00009  UJ00010")),
            Record(' ', (39, "UJ00012")),
            Record(' ', (0, "UJ00004"), (9, "EXCLUDED"), (19, "USERMOD"), (29, "HBB7790")),
            Record(' ', (0, "UJ00005"), (9, "SUPD"), (19, "PTF"), (29, "HBB7790")),
            Record(' ', (0, "UJ00006"), (9, "NEWWORD"), (19, "APAR"), (29, "HBB7790")));

        var report = SmpReportParser.Parse(SpoolRecords.Read(smprpt, "FBA"));

        Assert.Equal(
            [
                new SysmodOutcome("UJ00001", SysmodOutcomeStatus.Applied, "APPLIED", "PTF", "HBB7790", null),
                new SysmodOutcome("UJ00002", SysmodOutcomeStatus.Held, "HELD", "PTF", "HBB7790", "-ACTION  *DOC"),
                new SysmodOutcome("UJ00003", SysmodOutcomeStatus.NoGo, "NOGO(E)", "PTF", "HBB7790", "-UJ00009  UJ00010 UJ00012"),
                new SysmodOutcome("UJ00004", SysmodOutcomeStatus.Excluded, "EXCLUDED", "USERMOD", "HBB7790", null),
                new SysmodOutcome("UJ00005", SysmodOutcomeStatus.Superseded, "SUPD", "PTF", "HBB7790", null),
                new SysmodOutcome("UJ00006", SysmodOutcomeStatus.Unknown, "NEWWORD", "APAR", "HBB7790", null),
            ],
            report.Sysmods);
    }

    [Fact]
    public void ReceiveSummaryReport_NotReceivedWithItsBlank_IsOneStatus()
    {
        // SYSMOD 1-7, STATUS from 10 (12 wide, "NOT RECEIVED" holds a blank), TYPE from 24, SOURCEID 34, FEATURE 44, comments 54.
        var smprpt = Of(
            "1" + Page.Replace("TARGET ZONE TGT1   ", "GLOBAL ZONE GLOBAL ", StringComparison.Ordinal),
            "0                 RECEIVE SUMMARY REPORT",
            "0",
            "0SYSMOD   STATUS        TYPE      SOURCEID  FEATURE   STATUS FIELD COMMENTS",
            Record('0', (0, "HBB7790"), (9, "RECEIVED"), (23, "FUNCTION"), (33, "ZOS31")),
            Record(' ', (0, "UJ00001"), (9, "NOT RECEIVED"), (23, "PTF"), (53, "SYSMOD ALREADY RECEIVED")));

        var report = SmpReportParser.Parse(SpoolRecords.Read(smprpt, "FBA"));

        Assert.Equal(
            [
                new SysmodOutcome("HBB7790", SysmodOutcomeStatus.Received, "RECEIVED", "FUNCTION", null, null),
                new SysmodOutcome("UJ00001", SysmodOutcomeStatus.NotReceived, "NOT RECEIVED", "PTF", null, "SYSMOD ALREADY RECEIVED"),
            ],
            report.Sysmods);
    }

    [Fact]
    public void ElementSummaryReport_TwoHeaderLines_RowsReadFromTheSecond()
    {
        var smprpt = Of(
            "1" + Page,
            "0                 ELEMENT SUMMARY REPORT FOR APPLY CHECK PROCESSING",
            "0ELEMENT  ELEMENT  ELEMENT  CURRENT CURRENT DISTLIB SYSLIB  ASSEM    LOAD     LMOD    SYSMOD   SYSMOD",
            " TYPE     NAME     STATUS   FMID    RMID    LIBRARY LIBRARY NAMES    MODULE   SYSLIB  NAME     STATUS",
            Record('0', (0, "MOD"), (9, "IEAMOD1"), (18, "APPLIED"), (27, "HBB7790"), (35, "UJ00001"), (43, "AOSFUN"), (51, "LINKLIB"), (85, "UJ00001"), (94, "APPLIED")),
            Record(' ', (0, "MAC"), (9, "IEAMAC1"), (18, "BYPASS"), (27, "HBB7790"), (35, "UJ00002"), (43, "AMACLIB"), (51, "MACLIB"), (85, "UJ00002"), (94, "APPLIED")),
            "1" + Page,
            "0                 CAUSER SYSMOD SUMMARY REPORT FOR APPLY PROCESSING",
            Record('0', (0, "UJ00009"), (9, "GIM61903W"), (30, "UJ00003")));

        var report = SmpReportParser.Parse(SpoolRecords.Read(smprpt, "FBA"));

        Assert.Empty(report.Sysmods);
        Assert.Equal(
            [
                new ElementChange("MOD", "IEAMOD1", "APPLIED", "HBB7790", "UJ00001", "AOSFUN", "LINKLIB", "UJ00001", "APPLIED"),
                new ElementChange("MAC", "IEAMAC1", "BYPASS", "HBB7790", "UJ00002", "AMACLIB", "MACLIB", "UJ00002", "APPLIED"),
            ],
            report.Elements);
    }

    [Fact]
    public void CarriageControl_InColumnOne_IsNotPartOfTheSysmodId()
    {
        // With the ASA column left on, "0UJ00001" would not be a SYSMOD ID and the row would be lost.
        var smprpt = Of(
            "0SYSMOD STATUS REPORT FOR RESTORE PROCESSING",
            "0SYSMOD   STATUS    TYPE      FMID      REQUISITE SYSMODS, SUPBY SYSMODS, HOLD REASON-IDS, AND CAUSER SYSMODS",
            Record('0', (0, "UJ00001"), (9, "RESTORED"), (19, "PTF"), (29, "HBB7790")));

        Assert.Equal("UJ00001", Assert.Single(SmpReportParser.Parse(SpoolRecords.Read(smprpt, "FBA")).Sysmods).SysmodId);
        Assert.Empty(SmpReportParser.Parse(SpoolRecords.Read(smprpt, "FB")).Sysmods);
    }
}
