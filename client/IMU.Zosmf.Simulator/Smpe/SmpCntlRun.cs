using IMU.Smpe.Cntl;
using IMU.Smpe.Commands;
using IMU.Smpe.Diagnostics;
using IMU.Smpe.Mcs;
using IMU.Smpe.Zones;

namespace IMU.Zosmf.Simulator.Smpe;

/// <summary>
/// One GIMSMP step's SMPCNTL commands executed in order against the CSI: the zone set by the last
/// SET BOUNDARY that completed, the highest return code, each command's messages and reports, and
/// the commands executed for the history.
/// </summary>
/// <param name="csi">The system's CSI.</param>
/// <param name="spool">Where the step prints.</param>
/// <param name="smpptfin">The SMPPTFIN data, or null.</param>
/// <param name="smphold">The SMPHOLD data, or null.</param>
/// <param name="failFirstCommand">A simulated utility failure: the first command after SET BOUNDARY ends with RC 8 and changes nothing.</param>
internal sealed class SmpCntlRun(Csi csi, SmpeSpoolWriter spool, string? smpptfin, string? smphold, bool failFirstCommand)
{
    private static readonly SysmodType[] s_allTypes = [SysmodType.Function, SysmodType.Ptf, SysmodType.Apar, SysmodType.Usermod];
    private readonly List<ExecutedCommand> _executed = [];
    private string? _zone;
    private int _highest;
    private bool _failNext = failFirstCommand;

    public IReadOnlyList<ExecutedCommand> Executed => _executed;

    public int HighestReturnCode => _highest;

    public void Set(SetBoundaryCommand set)
    {
        var zone = set.Zone == Csi.GlobalZoneName ? null : csi.ListZones().FirstOrDefault(z => z.Name == set.Zone);
        if (set.Zone != Csi.GlobalZoneName && zone is null)
        {
            // A failed SET leaves no zone: the commands up to the next SET must not run against the previous one.
            _zone = null;
            spool.Message(GimsmpMessages.UnknownZone(set.Zone));
            Complete("SET", ReturnCodes.Severe);
            return;
        }

        _zone = set.Zone;
        spool.Zone = (zone is null ? "GLOBAL" : zone.Type == ZoneType.Target ? "TARGET" : "DLIB", set.Zone);
        Complete("SET", ReturnCodes.Ok);
    }

    public void Receive(ReceiveCommand receive)
    {
        if (!InZone("RECEIVE", Csi.GlobalZoneName))
        {
            return;
        }

        if (receive.Select.Count > 0 || receive.Exclude.Count > 0 || receive.ForFmid.Count > 0 || receive.Bypass.Count > 0)
        {
            NotExecuted("RECEIVE", "RECEIVE WITH SELECT, EXCLUDE, FORFMID OR BYPASS");
            return;
        }

        // RECEIVE without SYSMODS and HOLDDATA receives both, as in SMP/E.
        var sysmods = receive.Sysmods || !receive.HoldData;
        var holdData = receive.HoldData || !receive.Sysmods;
        var streams = sysmods ? new[] { McsReader.Read(smpptfin ?? string.Empty, "SMPPTFIN") } : [];
        var holds = holdData && smphold is not null ? new[] { McsReader.Read(smphold, "SMPHOLD") } : [];
        if (TakeFailure("RECEIVE"))
        {
            Record("RECEIVE", false, spool.ReceiveFailed(streams.SelectMany(s => s.Sysmods), "NOT RECEIVED: A UTILITY FAILED"), ReturnCodes.Error);
            return;
        }

        Execute("RECEIVE", false, () =>
        {
            var result = csi.Receive(streams, holds);
            foreach (var error in result.Errors)
            {
                spool.Message(GimsmpMessages.McsError(error));
            }

            return (result.ReturnCode, spool.Receive(result));
        });
    }

    public void Install(InstallCommand install)
    {
        var verb = install.Name;
        if (!InZone(verb, null))
        {
            return;
        }

        var unsupported = Unsupported(install);
        if (unsupported is not null)
        {
            NotExecuted(verb, $"{verb} WITH {unsupported}");
            return;
        }

        var bypass = BypassOperands.Bind(install.Bypass, install.Location);
        if (bypass.Errors.Count > 0)
        {
            Rejected(new SmpCntlRejectedCommand(install.Location, verb), bypass.Errors);
            return;
        }

        if (TakeFailure(verb))
        {
            Record(verb, install.Check, spool.CommandFailed(verb, install.Select, Describe()), ReturnCodes.Error);
            return;
        }

        if (install is RestoreCommand restore)
        {
            var restoreOptions = new RestoreOptions { Select = restore.Select, Group = restore.Group, Check = restore.Check };
            Execute(verb, install.Check, () => Installed(verb, csi.Restore(_zone!, restoreOptions)));
            return;
        }

        var (groupExtend, redo) = install switch
        {
            ApplyOrAcceptCommand applyOrAccept => (applyOrAccept.GroupExtend, applyOrAccept.Redo),
            _ => (false, false),
        };
        var options = new ApplyOptions
        {
            Select = install.Select,
            All = install.Select.Count == 0,
            GroupExtend = groupExtend,
            Redo = redo,
            Check = install.Check,
            Bypass = bypass.Options,
        };
        Execute(verb, install.Check, () => Installed(verb, install is ApplyCommand ? csi.Apply(_zone!, options) : csi.Accept(_zone!, options)));
    }

    public void List(ListCommand list)
    {
        if (!InZone("LIST", null))
        {
            return;
        }

        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operand in list.Operands)
        {
            if (operand.Keyword is not ("SYSMODS" or "SYSMOD"))
            {
                NotExecuted("LIST", $"LIST {operand.Keyword}");
                return;
            }

            wanted.UnionWith(operand.Operands.Select(o => o.Keyword));
        }

        if (TakeFailure("LIST"))
        {
            Record("LIST", false, new Dictionary<string, string>(), ReturnCodes.Error);
            return;
        }

        Execute("LIST", false, () => (ReturnCodes.Ok, spool.List(_zone!, csi.ListSysmods(_zone!).Where(s => wanted.Count == 0 || wanted.Contains(s.Id)))));
    }

    public void NotExecuted(string command, string what)
    {
        spool.Message(GimsmpMessages.NotExecuted(command, what));
        Complete(command, ReturnCodes.Severe);
    }

    /// <summary>A command with syntax errors: its errors, and return code 12.</summary>
    public void Rejected(SmpCntlRejectedCommand command, IReadOnlyList<SmpeError> errors)
    {
        var name = command.Name.Length == 0 ? "COMMAND" : command.Name;
        foreach (var error in errors)
        {
            spool.Message(GimsmpMessages.CommandSyntax(error));
        }

        spool.Message(GimsmpMessages.CommandNotProcessed(name));
        if (name is "SET")
        {
            _zone = null;
        }

        Complete(name, ReturnCodes.Severe);
    }

    /// <summary>Operands the engine cannot honour; running without them would do something else than asked.</summary>
    private static string? Unsupported(InstallCommand install)
    {
        if (install.ForFmid.Count > 0 || install.Exclude.Count > 0)
        {
            return "FORFMID OR EXCLUDE";
        }

        if (install.MassTypes.Count > 0 && (install.Select.Count > 0 || !s_allTypes.All(install.MassTypes.Contains)))
        {
            return "MASS MODE BY SYSMOD TYPE";
        }

        if (install is ApplyOrAcceptCommand { GroupExtendNoApars: true } or ApplyOrAcceptCommand { GroupExtendNoUsermods: true })
        {
            return "GROUPEXTEND(NOAPARS) OR GROUPEXTEND(NOUSERMODS)";
        }

        return install is RestoreCommand && install.Bypass.Count > 0 ? "BYPASS" : null;
    }

    private (int ReturnCode, IReadOnlyDictionary<string, string> Words) Installed(string verb, CommandResult result)
        => (result.ReturnCode, spool.Command(verb, result, Describe()));

    private bool InZone(string command, string? required)
    {
        if (_zone is null)
        {
            spool.Message(GimsmpMessages.NoZone(command));
            Complete(command, ReturnCodes.Severe);
            return false;
        }

        if (required is not null && _zone != required)
        {
            spool.Message(GimsmpMessages.WrongZoneForCommand(command, _zone, required));
            Complete(command, ReturnCodes.Severe);
            return false;
        }

        return true;
    }

    private bool TakeFailure(string command)
    {
        if (!_failNext)
        {
            return false;
        }

        _failNext = false;
        spool.Message(GimsmpMessages.UtilityFailed(command));
        return true;
    }

    /// <summary>Runs a command against the CSI; a CSI that cannot be updated fails the command (RC 12), not the job.</summary>
    private void Execute(string command, bool check, Func<(int ReturnCode, IReadOnlyDictionary<string, string> Words)> body)
    {
        _failNext = false;
        int rc;
        IReadOnlyDictionary<string, string> words;
        try
        {
            (rc, words) = body();
        }
        catch (CsiException ex)
        {
            spool.Message(GimsmpMessages.CsiError(command, ex.Message));
            (rc, words) = (ReturnCodes.Severe, new Dictionary<string, string>());
        }

        Record(command, check, words, rc);
    }

    private void Record(string command, bool check, IReadOnlyDictionary<string, string> words, int rc)
    {
        _executed.Add(new ExecutedCommand(command, check, words, rc));
        Complete(command, rc);
    }

    private void Complete(string command, int rc)
    {
        spool.Message(GimsmpMessages.CommandComplete(command, rc));
        _highest = Math.Max(_highest, rc);
    }

    /// <summary>Type and FMID for the reports: the global zone knows every received SYSMOD; the set-to zone the installed ones.</summary>
    private Func<string, (SysmodType? Type, string? Fmid)> Describe()
    {
        var known = csi.ListSysmods(Csi.GlobalZoneName).ToDictionary(s => s.Id, s => (s.Type, s.Fmid), StringComparer.Ordinal);
        if (_zone != Csi.GlobalZoneName)
        {
            foreach (var entry in csi.ListSysmods(_zone!))
            {
                known.TryAdd(entry.Id, (entry.Type, entry.Fmid));
            }
        }

        return id => known.GetValueOrDefault(id);
    }
}
