using System.Text.RegularExpressions;
using IMU.Zosmf.Simulator.Smpe;
using IMU.Zosmf.Simulator.Tests.Support;

namespace IMU.Zosmf.Simulator.Tests.Smpe;

/// <summary>
/// SMPCNTL run by the simulator's GIMSMP: read with the engine's reader, executed against a real CSI,
/// printed in SMP/E's report layouts (SMP/E for z/OS Commands, "Reports") with ASA carriage control.
/// </summary>
public sealed partial class SimulatedSmpeTests : IDisposable
{
    /// <summary>The GIM numbers whose meaning is documented (smpe-reference.md and the SMP/E messages the simulator prints).</summary>
    private static readonly string[] s_documentedGim = ["GIM42401I", "GIM20501I", "GIM38901I", "GIM38201W", "GIM45401W", "GIM36305E"];

    private static readonly DateTimeOffset s_now = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _directory = new();
    private readonly SimulatedSmpe _smpe;

    public SimulatedSmpeTests() => _smpe = SimulatedSmpe.Open(Path.Combine(_directory.Path, "SYS1.csi"), "TGT1", "DLB1", []);

    public void Dispose()
    {
        _smpe.Dispose();
        _directory.Dispose();
    }

    [Fact]
    public void Cntl_CommentsAndContinuationAcrossRecords_RunsEveryCommand()
    {
        // Written the way Zowe's shipped jobs write SMPCNTL: a comment banner, operands continued
        // freely over records, a commented-out BYPASS and a SELECT list split over three records.
        var run = Run(
            """
              /* ---- RECEIVE ---- */
               SET BOUNDARY(GLOBAL) .
               RECEIVE SYSMODS
                       LIST .
              /* ---- APPLY ---- */
               SET BOUNDARY(TGT1) .
               APPLY REDO COMPRESS(ALL)
                     BYPASS(HOLDSYS,HOLDERROR)
                   /*BYPASS(HOLDSYS,HOLDERROR)*/
                     SELECT(
               HBB7790
               ) .
               APPLY CHECK SELECT(UJ00001 /* THE FIX */
                     ) .
            """,
            TestMcs.FunctionAndPtfs);

        Assert.Equal(0, run.ReturnCode);
        Assert.Equal(
            ["SET 00", "RECEIVE 00", "SET 00", "APPLY 00", "APPLY 00"],
            Completions(run));
        Assert.Equal(1, run.AppliesExecuted);
        Assert.Equal([("RECEIVE", false), ("APPLY", false), ("APPLY", true)], run.Executed.Select(c => (c.Command, c.Check)));
        Assert.Equal("APPLIED", run.Executed[2].Sysmods["UJ00001"]);
    }

    [Fact]
    public void SysmodStatusReport_IsPrintedInSmpesLayout()
    {
        InstallFunction();

        var run = Run(
            """
              SET BOUNDARY(TGT1).
              APPLY SELECT(UJ00001,UJ00002).
            """);

        var rpt = Records(run.SmpRpt);
        Assert.Equal(8, run.ReturnCode);
        Assert.StartsWith("1PAGE 0001  - NOW SET TO TARGET ZONE TGT1", run.SmpRpt, StringComparison.Ordinal);
        Assert.Contains(rpt, r => r.Trim() == "SYSMOD STATUS REPORT FOR APPLY PROCESSING");
        Assert.Contains("SYSMOD   STATUS    TYPE      FMID      REQUISITE SYSMODS, SUPBY SYSMODS, HOLD REASON-IDS, AND CAUSER SYSMODS", rpt);
        Assert.Contains("UJ00001  APPLIED   PTF       HBB7790", rpt);
        Assert.Contains("UJ00002  HELD      PTF       HBB7790   -ACTION", rpt);
        Assert.Contains(rpt, r => r.StartsWith("MOD      IEAMOD1  APPLIED  HBB7790 UJ00001 AOSFUN  LINKLIB", StringComparison.Ordinal) && r[85..].StartsWith("UJ00001  APPLIED", StringComparison.Ordinal));
        Assert.Equal(("APPLIED", "HELD"), (run.Executed[0].Sysmods["UJ00001"], run.Executed[0].Sysmods["UJ00002"]));
    }

    [Fact]
    public void ReceiveSummaryReport_IsPrintedInSmpesLayout()
    {
        var run = Run(
            """
              SET BOUNDARY(GLOBAL).
              RECEIVE SYSMODS.
              RECEIVE SYSMODS.
            """,
            TestMcs.FunctionAndPtfs);

        var rpt = Records(run.SmpRpt);
        Assert.Contains("SYSMOD   STATUS        TYPE      SOURCEID  FEATURE   STATUS FIELD COMMENTS", rpt);
        Assert.Contains("UJ00001  RECEIVED      PTF", rpt);
        Assert.Contains("UJ00001  NOT RECEIVED  PTF                           SYSMOD ALREADY RECEIVED", rpt);
    }

    [Fact]
    public void Smpout_MessagesHaveTheGimFormatWithHighlightingAndCarriageControl()
    {
        var run = Run(
            """
              SET BOUNDARY(TGT1).
              APPLY SELECT(UJ00009).
            """);

        var records = run.SmpOut.TrimEnd('\n').Split('\n');
        Assert.StartsWith("1PAGE 0001", records[0], StringComparison.Ordinal);
        Assert.All(records, r => Assert.Contains(r[0], " 01"));
        Assert.Contains("GIM42401I    THE FOLLOWING PARAMETERS WERE SPECIFIED ON THE EXEC STATEMENT FOR GIMSMP: 'PROCESS=WAIT'.", Records(run.SmpOut));
        Assert.Contains("GIM20501I    SET PROCESSING IS COMPLETE. THE HIGHEST RETURN CODE WAS 00.", Records(run.SmpOut));
        Assert.Contains(Records(run.SmpOut), l => l.StartsWith("IMU3201E ** UJ00009 IS NOT RECEIVED", StringComparison.Ordinal));
    }

    [Fact]
    public void Bypass_NestedHoldSystemReasonForTheHeldSysmod_AppliesIt()
    {
        InstallFunction();

        var run = Run(
            """
              SET BOUNDARY(TGT1).
              APPLY SELECT(UJ00002)
                    BYPASS(HOLDSYSTEM(ACTION(UJ00002))).
            """);

        Assert.Equal(4, run.ReturnCode);
        Assert.Equal(1, run.AppliesExecuted);
        Assert.Contains("UJ00002  APPLIED   PTF       HBB7790   *ACTION", Records(run.SmpRpt));
    }

    [Fact]
    public void Bypass_NestedHoldSystemReasonForAnotherSysmod_LeavesTheHoldInForce()
    {
        InstallFunction();

        var run = Run(
            """
              SET BOUNDARY(TGT1).
              APPLY SELECT(UJ00002)
                    BYPASS(HOLDSYSTEM(ACTION(UJ00001))).
            """);

        Assert.Equal(8, run.ReturnCode);
        Assert.Equal("HELD", run.Executed.Single().Sysmods["UJ00002"]);
    }

    [Fact]
    public void SyntaxError_InACommand_Rc12WithThePositionedErrorAndTheNextCommandsStillRun()
    {
        InstallFunction();

        var run = Run(
            """
              SET BOUNDARY(TGT1).
              APPLY SELECT(UJ00001)
                    CHEK .
              LIST SYSMODS .
            """);

        Assert.Equal(12, run.ReturnCode);
        Assert.Equal(0, run.AppliesExecuted);
        var smpout = Records(run.SmpOut);
        Assert.Contains("IMU4002S ** SMPCNTL:3:9: 'CHEK' is not an operand of APPLY", smpout);
        Assert.Contains("IMU4003S ** APPLY WAS NOT PROCESSED BECAUSE OF THE ERRORS ABOVE", smpout);
        Assert.Equal(["SET 00", "APPLY 12", "LIST 00"], Completions(run));
        Assert.Equal(["LIST"], run.Executed.Select(c => c.Command));
        Assert.Contains("HBB7790  TYPE            = FUNCTION", Records(run.SmpList));
    }

    [Fact]
    public void SyntaxError_InSetBoundary_LaterCommandsDoNotRunInThePreviousZone()
    {
        InstallFunction();

        var run = Run(
            """
              SET BOUNDARY(TGT1).
              SET BOUNDARY(${tzone}).
              APPLY SELECT(UJ00001).
            """);

        Assert.Equal(12, run.ReturnCode);
        Assert.Equal(0, run.AppliesExecuted);
        Assert.Contains("IMU4004S ** APPLY WAS NOT PROCESSED: NO SET BOUNDARY COMMAND COMPLETED BEFORE IT", Records(run.SmpOut));
    }

    [Fact]
    public void Reject_NotExecutedBySimulator_Rc12AndSaysSo()
    {
        var run = Run(
            """
              SET BOUNDARY(GLOBAL).
              REJECT SELECT(UJ00001) BYPASS(APPLYCHECK).
            """);

        Assert.Equal(12, run.ReturnCode);
        Assert.Contains("IMU4006S ** REJECT WAS NOT PROCESSED: REJECT IS NOT EXECUTED BY THIS SYSTEM", Records(run.SmpOut));
        Assert.Empty(run.Executed);
    }

    [Fact]
    public void UtilityFailure_FirstCommandEndsRc8AndChangesNothing()
    {
        InstallFunction();

        var run = _smpe.Run("  SET BOUNDARY(TGT1).\n  APPLY SELECT(UJ00001).\n  LIST SYSMODS.\n", null, null, s_now, failFirstCommand: true);

        Assert.Equal(8, run.ReturnCode);
        Assert.Equal(("APPLY", 8, "NOGO"), (run.Executed[0].Command, run.Executed[0].ReturnCode, run.Executed[0].Sysmods["UJ00001"]));
        Assert.Equal(["HBB7790"], run.Executed[1].Sysmods.Keys);
    }

    [Fact]
    public void MessageIds_SyntaxAndMcsErrors_OnlyDocumentedGimNumbersOrImuPrefix()
    {
        var run = Run(
            """
              SET BOUNDARY(GLOBAL).
              RECEIVE SYSMODS.
              UCLIN.
              LIST SYSMODS
            """,
            "++PTF(UJ00009) REWORK(X).\n++VER(Z038) FMID(HBB7790).");

        var ids = Records(run.SmpOut).Where(l => !l.StartsWith("PAGE", StringComparison.Ordinal)).Select(l => l.Split(' ')[0]).ToList();
        Assert.Contains("IMU2002E", ids);
        Assert.Contains("IMU4002S", ids);
        Assert.All(ids, id => Assert.True(s_documentedGim.Contains(id) || ImuId().IsMatch(id), id));
    }

    private void InstallFunction()
    {
        var setup = Run(
            """
              SET BOUNDARY(GLOBAL).
              RECEIVE SYSMODS.
              SET BOUNDARY(TGT1).
              APPLY SELECT(HBB7790).
            """,
            TestMcs.FunctionAndPtfs);
        Assert.Equal(0, setup.ReturnCode);
    }

    private SmpeRun Run(string smpcntl, string? smpptfin = null) => _smpe.Run(smpcntl, smpptfin, null, s_now);

    /// <summary>The records without their ASA carriage-control column.</summary>
    private static List<string> Records(string spool) => [.. spool.TrimEnd('\n').Split('\n').Select(r => r.Length == 0 ? r : r[1..])];

    private static IEnumerable<string> Completions(SmpeRun run) =>
        Records(run.SmpOut).Where(l => l.StartsWith("GIM20501I ", StringComparison.Ordinal))
            .Select(l => CompletionPattern().Match(l))
            .Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value}");

    [GeneratedRegex(@"^IMU\d{4}[IWES]$")]
    private static partial Regex ImuId();

    [GeneratedRegex(@"GIM20501I    (\w+) PROCESSING IS COMPLETE\. THE HIGHEST RETURN CODE WAS (\d\d)\.")]
    private static partial Regex CompletionPattern();
}
