using IMU.Smpe.Cntl;
using IMU.Smpe.Diagnostics;
using IMU.Smpe.Zones;

namespace IMU.Zosmf.Simulator;

/// <summary>
/// One simulated system's SMP/E: its CSI (a SQLite file) and the execution of an SMPCNTL stream
/// against it with IMU.Smpe, printing SMPOUT, SMPRPT and SMPLIST the way the agent reads them.
/// </summary>
/// <remarks>
/// SMPCNTL is read with the engine's own reader, so the simulator accepts exactly what the CLI and
/// the engine accept. As in SMP/E, a command with syntax errors is not processed and ends with
/// return code 12, and the commands after it still run.
/// </remarks>
internal sealed class SimulatedSmpe : IDisposable
{
    private const string CntlFile = "SMPCNTL";
    private readonly Csi _csi;

    public SimulatedSmpe(string csiPath, string targetZone, string dlibZone)
    {
        _csi = Csi.Open(csiPath);
        var defined = _csi.ListZones().Select(z => z.Name).ToHashSet(StringComparer.Ordinal);
        if (!defined.Contains(dlibZone))
        {
            _csi.AddZone(dlibZone, ZoneType.Dlib);
        }

        if (!defined.Contains(targetZone))
        {
            _csi.AddZone(targetZone, ZoneType.Target, dlibZone);
        }
    }

    public SmpeRun Run(string smpcntl, string? smpptfin, string? smphold, DateTimeOffset now)
    {
        var spool = new SmpeSpoolWriter(now);
        spool.Message("GIM42401I", "THE FOLLOWING PARAMETERS WERE SPECIFIED ON THE EXEC STATEMENT FOR GIMSMP: 'PROCESS=WAIT'.");
        var read = SmpCntlReader.Read(smpcntl, CntlFile);
        var (errorsOf, unowned) = AssignErrors(read);
        var run = new SmpCntlRun(_csi, spool, smpptfin, smphold);
        var next = 0;
        foreach (var command in read.Commands)
        {
            for (; next < read.Rejected.Count && Before(read.Rejected[next].Location, command.Location); next++)
            {
                run.Rejected(read.Rejected[next], errorsOf[next]);
            }

            switch (command)
            {
                case SetBoundaryCommand set:
                    run.Set(set);
                    break;
                case ReceiveCommand receive:
                    run.Receive(receive);
                    break;
                case InstallCommand install:
                    run.Install(install);
                    break;
                case ListCommand list:
                    run.List(list);
                    break;
                case RejectCommand:
                    run.NotExecuted("REJECT", "REJECT");
                    break;
                default:
                    run.NotExecuted("REPORT", "REPORT ERRSYSMODS");
                    break;
            }
        }

        for (; next < read.Rejected.Count; next++)
        {
            run.Rejected(read.Rejected[next], errorsOf[next]);
        }

        if (unowned.Count > 0)
        {
            run.Rejected(new SmpCntlRejectedCommand(unowned[0].Location, "COMMAND"), unowned);
        }

        return run.Finish();
    }

    public void Dispose() => _csi.Dispose();

    /// <summary>
    /// Gives each rejected command the errors between its start and the next command's start. An
    /// error outside every rejected command (a last command without its period) is unowned.
    /// </summary>
    private static (List<SmpeError>[] ErrorsOf, List<SmpeError> Unowned) AssignErrors(SmpCntlResult read)
    {
        var starts = read.Commands.Select(c => (c.Location, Rejected: -1))
            .Concat(read.Rejected.Select((r, i) => (r.Location, Rejected: i)))
            .OrderBy(s => s.Location.Line).ThenBy(s => s.Location.Column)
            .ToList();
        var errorsOf = read.Rejected.Select(_ => new List<SmpeError>()).ToArray();
        var unowned = new List<SmpeError>();
        foreach (var error in read.Errors)
        {
            var owner = starts.LastOrDefault(s => !Before(error.Location, s.Location), (default, -1)).Rejected;
            (owner < 0 ? unowned : errorsOf[owner]).Add(error);
        }

        return (errorsOf, unowned);
    }

    private static bool Before(SourceLocation a, SourceLocation b) => a.Line < b.Line || (a.Line == b.Line && a.Column < b.Column);
}
