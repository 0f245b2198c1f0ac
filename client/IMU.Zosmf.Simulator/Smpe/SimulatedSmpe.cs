using IMU.Smpe.Cntl;
using IMU.Smpe.Commands;
using IMU.Smpe.Diagnostics;
using IMU.Smpe.Mcs;
using IMU.Smpe.Zones;

namespace IMU.Zosmf.Simulator.Smpe;

/// <summary>
/// One simulated system's SMP/E: its CSI (a SQLite file) and the execution of an SMPCNTL stream
/// against it with IMU.Smpe, printing SMPOUT, SMPRPT and SMPLIST as SMP/E does.
/// </summary>
/// <remarks>
/// SMPCNTL is read with the engine's own reader, so the simulator accepts exactly what the CLI and
/// the engine accept. As in SMP/E, a command with syntax errors is not processed and ends with
/// return code 12, and the commands after it still run.
/// </remarks>
internal sealed class SimulatedSmpe : IDisposable
{
    private const string CntlFile = "SMPCNTL";
    private static readonly BypassOptions s_baseBypass = BypassOperands.Read("HOLDSYSTEM HOLDERROR HOLDUSER HOLDFIXCAT").Options;
    private readonly Csi _csi;

    private SimulatedSmpe(Csi csi) => _csi = csi;

    /// <summary>
    /// Opens the CSI, defining the target and DLIB zones when they are missing; a CSI created here
    /// gets the installed base: the MCS received, applied and accepted.
    /// </summary>
    /// <exception cref="SimulatorStartException">The CSI is damaged, or the base does not install.</exception>
    public static SimulatedSmpe Open(string csiPath, string targetZone, string dlibZone, IReadOnlyList<McsParseResult> baseMcs)
    {
        var created = !File.Exists(csiPath);
        Csi csi;
        try
        {
            csi = Csi.Open(csiPath);
        }
        catch (Exception ex) when (ex is CsiException or Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException)
        {
            throw new SimulatorStartException($"{csiPath}: not a usable CSI ({ex.Message.TrimEnd('.')}).", ex);
        }

        try
        {
            var defined = csi.ListZones().Select(z => z.Name).ToHashSet(StringComparer.Ordinal);
            if (!defined.Contains(targetZone))
            {
                csi.AddZone(targetZone, ZoneType.Target, dlibZone);
            }

            if (!defined.Contains(dlibZone))
            {
                csi.AddZone(dlibZone, ZoneType.Dlib, targetZone);
            }

            if (created && baseMcs.Count > 0)
            {
                InstallBase(csi, csiPath, targetZone, dlibZone, baseMcs);
            }

            return new SimulatedSmpe(csi);
        }
        catch (Exception ex) when (ex is CsiException or Microsoft.Data.Sqlite.SqliteException)
        {
            csi.Dispose();
            throw new SimulatorStartException($"{csiPath}: not a usable CSI ({ex.Message.TrimEnd('.')}).", ex);
        }
        catch
        {
            csi.Dispose();
            throw;
        }
    }

    /// <summary>Runs one GIMSMP step; <paramref name="failFirstCommand"/> simulates a utility failure (RC 8) in its first command.</summary>
    public SmpeRun Run(string smpcntl, string? smpptfin, string? smphold, DateTimeOffset now, bool failFirstCommand = false)
    {
        var spool = new SmpeSpoolWriter(now);
        spool.Message(GimsmpMessages.Parm("PROCESS=WAIT"));
        var read = SmpCntlReader.Read(smpcntl, CntlFile);
        var (errorsOf, unowned) = AssignErrors(read);
        var run = new SmpCntlRun(_csi, spool, smpptfin, smphold, failFirstCommand);
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
                default:
                    run.NotExecuted(command.Name, command.Name);
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

        var (smpout, smprpt, smplist) = spool.Finish();
        return new SmpeRun(run.HighestReturnCode, smpout, smprpt, smplist, run.Executed);
    }

    public void Dispose() => _csi.Dispose();

    /// <summary>
    /// Installs the base as a system that already runs it: every SYSMOD received, applied and accepted,
    /// its holds taken as resolved long ago (bypassed). Anything that does not go in stops the start.
    /// </summary>
    private static void InstallBase(Csi csi, string csiPath, string targetZone, string dlibZone, IReadOnlyList<McsParseResult> baseMcs)
    {
        var received = csi.Receive(baseMcs);
        var problem = received.Errors.Select(e => e.ToString())
            .Concat(received.Sysmods.Where(s => s.Status == ReceiveStatus.NotReceived).SelectMany(s => s.Reasons.DefaultIfEmpty($"{s.Id} WAS NOT RECEIVED")))
            .FirstOrDefault();
        var all = new ApplyOptions { All = true, Bypass = s_baseBypass };
        foreach (var install in problem is null ? [() => csi.Apply(targetZone, all), () => csi.Accept(dlibZone, all)] : Array.Empty<Func<CommandResult>>())
        {
            var result = install();
            problem ??= result.Sysmods.Where(s => s.Status is SysmodStatus.Held or SysmodStatus.Failed).SelectMany(s => s.Reasons.DefaultIfEmpty($"{s.Id} {s.Status}")).FirstOrDefault()
                ?? (result.ReturnCode > ReturnCodes.Warning ? result.Messages.DefaultIfEmpty($"return code {result.ReturnCode}").First() : null);
        }

        if (problem is not null)
        {
            throw new SimulatorStartException($"{csiPath}: the base MCS did not install: {problem}");
        }
    }

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
