using System.Text.RegularExpressions;
using IMU.Zosmf.Simulator;
using IMU.Zosmf.Spool;
using IMU.Zosmf.Tests.Support;

namespace IMU.Zosmf.Tests.Simulator;

/// <summary>SMPCNTL run by the simulator's GIMSMP: read with the engine's reader, executed against a real CSI.</summary>
public sealed partial class SimulatedSmpeTests : IDisposable
{
    /// <summary>The GIM numbers smpe-reference.md documents with the meaning SMPOUT uses them for.</summary>
    private static readonly string[] s_documentedGim = ["GIM42401I", "GIM38901I", "GIM38201W", "GIM45401W", "GIM36305E"];

    private static readonly DateTimeOffset s_now = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _directory = new();
    private readonly SimulatedSmpe _smpe;

    public SimulatedSmpeTests() => _smpe = new SimulatedSmpe(Path.Combine(_directory.Path, "SYS1.csi"), "TGT1", "DLB1");

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
            ["RECEIVE PROCESSING IS COMPLETE. THE HIGHEST RETURN CODE WAS 00.", "APPLY PROCESSING IS COMPLETE. THE HIGHEST RETURN CODE WAS 00.", "APPLY PROCESSING IS COMPLETE. THE HIGHEST RETURN CODE WAS 00."],
            Completions(run).Where(c => !c.StartsWith("SET", StringComparison.Ordinal)));
        Assert.Equal(1, run.AppliesExecuted);
        var (sysmods, _) = SmpReportParser.Parse(run.SmpRpt);
        Assert.Contains(sysmods, s => s.SysmodId == "HBB7790" && s.Type == "FUNCTION");
        Assert.Contains(sysmods, s => s.SysmodId == "UJ00001" && s.Type == "PTF");
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
        var (sysmods, _) = SmpReportParser.Parse(run.SmpRpt);
        Assert.Equal(("APPLIED", "PTF"), sysmods.Where(s => s.SysmodId == "UJ00002").Select(s => (SmpReportLayout.StatusWord(s.Status), s.Type)).Single());
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
        var (sysmods, _) = SmpReportParser.Parse(run.SmpRpt);
        Assert.Equal("HELD", SmpReportLayout.StatusWord(sysmods.Single(s => s.SysmodId == "UJ00002").Status));
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
        var smpout = Lines(run.SmpOut);
        Assert.Contains("IMU4002S SMPCNTL:3:9: 'CHEK' is not an operand of APPLY", smpout);
        Assert.Contains("IMU4003S APPLY WAS NOT PROCESSED BECAUSE OF THE ERRORS ABOVE", smpout);
        Assert.Equal(["SET", "APPLY", "LIST"], Completions(run).Select(c => c.Split(' ')[0]));
        Assert.Contains("APPLY PROCESSING IS COMPLETE. THE HIGHEST RETURN CODE WAS 12.", Completions(run));
        Assert.Contains("HBB7790", run.SmpList, StringComparison.Ordinal);
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
        Assert.Contains("IMU4004S APPLY WAS NOT PROCESSED: NO SET BOUNDARY COMMAND COMPLETED BEFORE IT", Lines(run.SmpOut));
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
        Assert.Contains("IMU4006S REJECT WAS NOT PROCESSED: REJECT IS NOT EXECUTED BY THIS SYSTEM", Lines(run.SmpOut));
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

        var ids = Lines(run.SmpOut).Select(l => l.Split(' ')[0]).ToList();
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

    private static string[] Lines(string spool) => spool.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static IEnumerable<string> Completions(SmpeRun run) =>
        Lines(run.SmpOut).Where(l => l.StartsWith("IMU4001I ", StringComparison.Ordinal)).Select(l => l["IMU4001I ".Length..]);

    [GeneratedRegex(@"^IMU\d{4}[IWES]$")]
    private static partial Regex ImuId();
}
