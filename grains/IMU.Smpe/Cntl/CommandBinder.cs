using IMU.Smpe.Diagnostics;
using IMU.Smpe.Syntax;

namespace IMU.Smpe.Cntl;

/// <summary>Binds one SMPCNTL command (smpe-reference §8.5, §11) to its typed record.</summary>
internal static class CommandBinder
{
    private const string Supported = "SET, RECEIVE, APPLY, ACCEPT, RESTORE, REJECT, LIST and REPORT ERRSYSMODS";

    public static SmpCntlCommand? Bind(OperandBinder b, SourceLocation location)
    {
        var tree = b.Tree;
        var command = tree[0].FirstChild;
        if (command < 0 || tree[command].Length == 0)
        {
            b.Error(0, "a command name is missing before the period");
            return null;
        }

        if (tree[command].HasList)
        {
            b.Error(command, $"{b.Keyword(command)} takes no value in parentheses");
            return null;
        }

        return tree.Span(command) switch
        {
            "SET" => BindSet(b, command, location),
            "RECEIVE" => BindReceive(b, command, location),
            "APPLY" => InstallBinder.BindApplyOrAccept<ApplyCommand>(b, command, "APPLY", location),
            "ACCEPT" => InstallBinder.BindApplyOrAccept<AcceptCommand>(b, command, "ACCEPT", location),
            "RESTORE" => InstallBinder.BindRestore(b, command, location),
            "REJECT" => BindReject(b, command, location),
            "LIST" => BindList(b, command, location),
            "REPORT" => BindReport(b, command, location),
            _ => Unsupported(b, command),
        };
    }

    public static SmpeOperand Operand(OperandBinder b, int node) =>
        new(b.Tree.Value(node), SmpeOperandReader.Convert(b.Tree, node));

    public static IReadOnlyList<SmpeOperand> Bypass(OperandBinder b, int node)
    {
        if (!b.Tree[node].HasList || b.Tree[node].ChildCount == 0)
        {
            b.Error(node, "BYPASS needs its operands in parentheses, e.g. BYPASS(HOLDSYSTEM(ACTION),ID)");
            return [];
        }

        return SmpeOperandReader.Convert(b.Tree, node);
    }

    public static void NotAnOperand(OperandBinder b, int op, string command) =>
        b.Error(op, $"'{b.Keyword(op)}' is not an operand of {command}");

    /// <summary>The zone in <c>KEY(zone)</c>, checked with SMP/E's zone name rule; null (reported) when it breaks it.</summary>
    private static string? Zone(OperandBinder b, int node, bool allowGlobal)
    {
        var zone = b.Single(node);
        if (zone is null || (allowGlobal && zone == SmpeNames.GlobalZone))
        {
            return zone;
        }

        var problem = SmpeNames.ZoneNameProblem("zone name", zone);
        if (problem is not null)
        {
            b.Error(b.Tree[node].FirstChild, problem);
            return null;
        }

        return zone;
    }

    private static IReadOnlyList<string> Zones(OperandBinder b, int node)
    {
        var zones = b.List(node);
        var child = b.Tree[node].FirstChild;
        foreach (var zone in zones)
        {
            var problem = SmpeNames.ZoneNameProblem("zone name", zone);
            if (problem is not null)
            {
                b.Error(child, problem);
            }

            child = b.Tree.Next(child);
        }

        return zones;
    }

    private static SmpCntlCommand? Unsupported(OperandBinder b, int command)
    {
        var word = b.Keyword(command);
        var upper = word.ToUpperInvariant();
        b.Error(command, upper != word
            ? $"'{word}' is not an SMP/E command; commands are upper case"
            : $"'{word}' is not supported here; this reader handles {Supported}");
        return null;
    }

    private static SetBoundaryCommand? BindSet(OperandBinder b, int command, SourceLocation location)
    {
        var tree = b.Tree;
        string? zone = null;
        var seen = 0;
        for (var op = tree.Next(command); op >= 0; op = tree.Next(op))
        {
            if (tree.Span(op) is "BOUNDARY" or "BDY")
            {
                zone = b.Repeated(ref seen, 0, op) ? zone : Zone(b, op, allowGlobal: true);
            }
            else
            {
                NotAnOperand(b, op, "SET");
            }
        }

        if (seen == 0)
        {
            b.Error(command, "SET needs BOUNDARY(zone), e.g. SET BOUNDARY(GLOBAL)");
        }

        return zone is null ? null : new SetBoundaryCommand { Zone = zone, Location = location };
    }

    private static ReceiveCommand BindReceive(OperandBinder b, int command, SourceLocation location)
    {
        var tree = b.Tree;
        var receive = new ReceiveCommand { Location = location };
        var other = new List<SmpeOperand>();
        for (var op = tree.Next(command); op >= 0; op = tree.Next(op))
        {
            switch (tree.Span(op))
            {
                case "SYSMODS":
                    b.Bare(op);
                    receive = receive with { Sysmods = true };
                    break;
                case "HOLDDATA":
                    b.Bare(op);
                    receive = receive with { HoldData = true };
                    break;
                case "LIST":
                    b.Bare(op);
                    receive = receive with { List = true };
                    break;
                case "SELECT":
                    receive = receive with { Select = b.SysmodIds(op, "SELECT value") };
                    break;
                case "EXCLUDE":
                    receive = receive with { Exclude = b.SysmodIds(op, "EXCLUDE value") };
                    break;
                case "FORFMID":
                    receive = receive with { ForFmid = b.Names(op, "FORFMID value", 8) };
                    break;
                case "BYPASS":
                    receive = receive with { Bypass = Bypass(b, op) };
                    break;
                case "RFPREFIX":
                case "SOURCEID":
                case "ORDER":
                case "FROMNTS":
                case "DELETEPKG":
                case "TRANSFERONLY":
                case "SYSMODSONLY":
                    other.Add(Operand(b, op));
                    break;
                default:
                    NotAnOperand(b, op, "RECEIVE");
                    break;
            }
        }

        return receive with { OtherOperands = other };
    }

    private static RejectCommand BindReject(OperandBinder b, int command, SourceLocation location)
    {
        var tree = b.Tree;
        var reject = new RejectCommand { Location = location };
        var other = new List<SmpeOperand>();
        for (var op = tree.Next(command); op >= 0; op = tree.Next(op))
        {
            switch (tree.Span(op))
            {
                case "SELECT":
                    reject = reject with { Select = b.SysmodIds(op, "SELECT value") };
                    break;
                case "HOLDDATA":
                    b.Bare(op);
                    reject = reject with { HoldData = true };
                    break;
                case "BYPASS":
                    reject = reject with { Bypass = Bypass(b, op) };
                    break;
                case "NOFMID":
                case "PURGE":
                case "CLEANUP":
                case "PTFS":
                case "APARS":
                case "USERMODS":
                case "FUNCTIONS":
                case "FORFMID":
                case "EXCLUDE":
                case "COMPRESS":
                    other.Add(Operand(b, op));
                    break;
                default:
                    NotAnOperand(b, op, "REJECT");
                    break;
            }
        }

        return reject with { OtherOperands = other };
    }

    private static ListCommand BindList(OperandBinder b, int command, SourceLocation location)
    {
        var tree = b.Tree;
        var sysmods = false;
        var operands = new List<SmpeOperand>();
        for (var op = tree.Next(command); op >= 0; op = tree.Next(op))
        {
            if (tree.Span(op) is "SYSMODS" or "SYSMOD" && !tree[op].HasList)
            {
                sysmods = true;
            }
            else
            {
                operands.Add(Operand(b, op));
            }
        }

        return new ListCommand { Sysmods = sysmods, Operands = operands, Location = location };
    }

    private static ReportErrsysmodsCommand? BindReport(OperandBinder b, int command, SourceLocation location)
    {
        var tree = b.Tree;
        var report = tree.Next(command);
        if (report < 0 || !tree.Is(report, "ERRSYSMODS"))
        {
            b.Error(report < 0 ? command : report, "only REPORT ERRSYSMODS is supported here");
            return null;
        }

        b.Bare(report);
        IReadOnlyList<string> zones = [];
        var other = new List<SmpeOperand>();
        for (var op = tree.Next(report); op >= 0; op = tree.Next(op))
        {
            if (tree.Is(op, "ZONES"))
            {
                zones = Zones(b, op);
            }
            else
            {
                other.Add(Operand(b, op));
            }
        }

        return new ReportErrsysmodsCommand { Zones = zones, OtherOperands = other, Location = location };
    }
}
