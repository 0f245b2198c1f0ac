using IMU.Smpe.Commands;
using IMU.Smpe.Mcs;
using IMU.Smpe.Zones;

namespace IMU.Zosmf.Simulator;

/// <summary>
/// One simulated system's SMP/E: its CSI (a SQLite file) and the execution of an SMPCNTL stream
/// against it with IMU.Smpe, printing SMPOUT, SMPRPT and SMPLIST the way the agent reads them.
/// </summary>
internal sealed class SimulatedSmpe : IDisposable
{
    private readonly Csi _csi;

    public SimulatedSmpe(string csiPath, string targetZone, string dlibZone)
    {
        _csi = Csi.Open(csiPath);
        var defined = _csi.ListZones().Select(z => z.Name).ToHashSet(StringComparer.Ordinal);
        if (!defined.Contains(targetZone))
        {
            _csi.AddZone(targetZone, ZoneType.Target, dlibZone);
        }

        if (!defined.Contains(dlibZone))
        {
            _csi.AddZone(dlibZone, ZoneType.Dlib, targetZone);
        }
    }

    public SmpeRun Run(string smpcntl, string? smpptfin, string? smphold, DateTimeOffset now)
    {
        var spool = new SmpeSpoolWriter(now);
        spool.Message("GIM42401I", "THE FOLLOWING PARAMETERS WERE SPECIFIED ON THE EXEC STATEMENT FOR GIMSMP: 'PROCESS=WAIT'.");
        IReadOnlyList<SmpCntlStatement> statements;
        try
        {
            statements = SmpCntlScanner.Scan(smpcntl);
        }
        catch (FormatException ex)
        {
            spool.Message(ex.Message);
            return spool.Finish(ReturnCodes.Severe, 0);
        }

        var highest = 0;
        var applies = 0;
        string? zone = null;
        foreach (var statement in statements)
        {
            int rc;
            try
            {
                switch (statement.Verb)
                {
                    case "SET":
                        zone = statement.Value("BOUNDARY") ?? statement.Value("BDY");
                        spool.Zone = zone ?? spool.Zone;
                        spool.Message("GIM20502I", "SET PROCESSING IS COMPLETE. THE HIGHEST RETURN CODE WAS 00.");
                        continue;
                    case "RECEIVE":
                        rc = Receive(spool, smpptfin, statement.Has("HOLDDATA") ? smphold : null);
                        break;
                    case "APPLY" or "ACCEPT":
                        var options = InstallOptions(statement);
                        var result = statement.Verb == "APPLY" ? _csi.Apply(Require(zone), options) : _csi.Accept(Require(zone), options);
                        applies += statement.Verb == "APPLY" && !options.Check ? 1 : 0;
                        rc = spool.Command(statement.Verb, result);
                        break;
                    case "RESTORE":
                        var restore = new RestoreOptions { Select = statement.List("SELECT"), Group = statement.Has("GROUP"), Check = statement.Has("CHECK") };
                        rc = spool.Command("RESTORE", _csi.Restore(Require(zone), restore));
                        break;
                    case "LIST":
                        var wanted = statement.List("SYSMODS").ToHashSet(StringComparer.Ordinal);
                        spool.List(Require(zone), _csi.ListSysmods(Require(zone)).Where(s => wanted.Count == 0 || wanted.Contains(s.Id)));
                        rc = 0;
                        break;
                    default:
                        spool.Message("GIM20601S", $"{statement.Verb} IS NOT A COMMAND THIS SIMULATOR PROCESSES.");
                        rc = ReturnCodes.Severe;
                        break;
                }
            }
            catch (CsiException ex)
            {
                spool.Message(ex.Message);
                rc = ReturnCodes.Severe;
            }

            spool.Message("GIM20501I", $"{statement.Verb} PROCESSING IS COMPLETE. THE HIGHEST RETURN CODE WAS {rc:00}.");
            highest = Math.Max(highest, rc);
        }

        return spool.Finish(highest, applies);
    }

    public void Dispose() => _csi.Dispose();

    private int Receive(SmpeSpoolWriter spool, string? smpptfin, string? smphold)
    {
        var sysmods = McsReader.Read(smpptfin ?? string.Empty, "SMPPTFIN");
        var holds = smphold is null ? [] : new[] { McsReader.Read(smphold, "SMPHOLD") };
        var result = _csi.Receive([sysmods], holds);
        return spool.Receive(result);
    }

    private static string Require(string? zone)
        => zone ?? throw new CsiException("GIM20503S NO SET BOUNDARY COMMAND PRECEDES THIS COMMAND");

    private static ApplyOptions InstallOptions(SmpCntlStatement statement) => new()
    {
        Select = statement.List("SELECT"),
        GroupExtend = statement.Has("GROUPEXTEND"),
        Check = statement.Has("CHECK"),
        Bypass = Bypass(statement.Value("BYPASS")),
    };

    private static BypassOptions Bypass(string? value)
    {
        if (value is null)
        {
            return BypassOptions.None;
        }

        var operands = SmpCntlScanner.Operands(value);
        return new BypassOptions
        {
            HoldSystem = Hold(operands, "HOLDSYSTEM", "HOLDSYS"),
            HoldError = Hold(operands, "HOLDERROR", "HOLDERR"),
            HoldUser = Hold(operands, "HOLDUSER", "HOLDUSR"),
            HoldFixcat = Hold(operands, "HOLDFIXCAT", "HOLDFIX"),
            HoldClasses = operands.GetValueOrDefault("HOLDCLASS")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [],
        };
    }

    /// <summary>
    /// <c>HOLDSYSTEM</c> bypasses every reason; <c>HOLDSYSTEM(ACTION,IPL(UJ00001))</c> bypasses named
    /// reasons, optionally for named SYSMODs only.
    /// </summary>
    private static HoldBypass? Hold(IReadOnlyDictionary<string, string?> operands, string keyword, string abbreviation)
    {
        if (!operands.TryGetValue(keyword, out var value) && !operands.TryGetValue(abbreviation, out value))
        {
            return null;
        }

        if (value is null)
        {
            return new HoldBypass { All = true };
        }

        var reasons = SmpCntlScanner.Operands(value)
            .Select(r => new HoldBypassReason(r.Key, r.Value?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? []))
            .ToList();
        return new HoldBypass { Reasons = reasons };
    }
}
