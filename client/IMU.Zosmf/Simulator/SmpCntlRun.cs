using IMU.Smpe.Cntl;
using IMU.Smpe.Commands;
using IMU.Smpe.Diagnostics;
using IMU.Smpe.Mcs;
using IMU.Smpe.Zones;

namespace IMU.Zosmf.Simulator;

/// <summary>
/// One GIMSMP step's SMPCNTL commands executed in order against the CSI: the zone set by the last
/// SET BOUNDARY that completed, the highest return code, and each command's messages and reports.
/// </summary>
internal sealed class SmpCntlRun(Csi csi, SmpeSpoolWriter spool, string? smpptfin, string? smphold)
{
    private static readonly SysmodType[] s_allTypes = [SysmodType.Function, SysmodType.Ptf, SysmodType.Apar, SysmodType.Usermod];
    private string? _zone;
    private int _highest;
    private int _appliesExecuted;

    public void Set(SetBoundaryCommand set)
    {
        var defined = set.Zone == Csi.GlobalZoneName || csi.ListZones().Any(z => z.Name == set.Zone);
        if (!defined)
        {
            // A failed SET leaves no zone: the commands up to the next SET must not run against the previous one.
            _zone = null;
            spool.Message(SmpeMessages.UnknownZone(set.Zone));
            Complete("SET", ReturnCodes.Severe);
            return;
        }

        _zone = set.Zone;
        spool.Zone = set.Zone;
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
        Execute("RECEIVE", () => spool.Receive(csi.Receive(streams, holds)));
    }

    public void Install(InstallCommand install)
    {
        var verb = install switch
        {
            ApplyCommand => "APPLY",
            AcceptCommand => "ACCEPT",
            _ => "RESTORE",
        };
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

        if (install is RestoreCommand restore)
        {
            var restoreOptions = new RestoreOptions { Select = restore.Select, Group = restore.Group, Check = restore.Check };
            Execute(verb, () => spool.Command(verb, csi.Restore(_zone!, restoreOptions), Types()));
            return;
        }

        var bypass = BypassOperands.Bind(install.Bypass, install.Location);
        if (bypass.Errors.Count > 0)
        {
            Rejected(new SmpCntlRejectedCommand(install.Location, verb), bypass.Errors);
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
        Execute(verb, () =>
        {
            var result = verb == "APPLY" ? csi.Apply(_zone!, options) : csi.Accept(_zone!, options);
            _appliesExecuted += verb == "APPLY" && !options.Check ? 1 : 0;
            return spool.Command(verb, result, Types());
        });
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

        Execute("LIST", () =>
        {
            spool.List(_zone!, csi.ListSysmods(_zone!).Where(s => wanted.Count == 0 || wanted.Contains(s.Id)));
            return ReturnCodes.Ok;
        });
    }

    public void NotExecuted(string command, string what)
    {
        spool.Message(SmpeMessages.NotExecuted(command, what));
        Complete(command, ReturnCodes.Severe);
    }

    /// <summary>A command with syntax errors: its errors, and return code 12.</summary>
    public void Rejected(SmpCntlRejectedCommand command, IReadOnlyList<SmpeError> errors)
    {
        var name = command.Name.Length == 0 ? "COMMAND" : command.Name;
        foreach (var error in errors)
        {
            spool.Message(SmpeMessages.CommandSyntax(error));
        }

        spool.Message(SmpeMessages.CommandNotProcessed(name));
        if (name is "SET")
        {
            _zone = null;
        }

        Complete(name, ReturnCodes.Severe);
    }

    public SmpeRun Finish() => spool.Finish(_highest, _appliesExecuted);

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

    private bool InZone(string command, string? required)
    {
        if (_zone is null)
        {
            spool.Message(SmpeMessages.NoZone(command));
            Complete(command, ReturnCodes.Severe);
            return false;
        }

        if (required is not null && _zone != required)
        {
            spool.Message(SmpeMessages.WrongZoneForCommand(command, _zone, required));
            Complete(command, ReturnCodes.Severe);
            return false;
        }

        return true;
    }

    private void Execute(string command, Func<int> body)
    {
        int rc;
        try
        {
            rc = body();
        }
        catch (CsiException ex)
        {
            spool.Message(ex.Message);
            rc = ReturnCodes.Severe;
        }

        Complete(command, rc);
    }

    private void Complete(string command, int rc)
    {
        spool.Message(SmpeMessages.CommandComplete(command, rc));
        _highest = Math.Max(_highest, rc);
    }

    /// <summary>SYSMOD types for the reports: the global zone knows every received SYSMOD; the set-to zone the installed ones.</summary>
    private Func<string, SysmodType?> Types()
    {
        var global = csi.ListSysmods(Csi.GlobalZoneName).ToDictionary(s => s.Id, s => s.Type, StringComparer.Ordinal);
        var zone = _zone == Csi.GlobalZoneName ? [] : csi.ListSysmods(_zone!).ToDictionary(s => s.Id, s => s.Type, StringComparer.Ordinal);
        return id => global.GetValueOrDefault(id) ?? zone.GetValueOrDefault(id);
    }
}
