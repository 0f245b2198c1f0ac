using IMU.Smpe.Diagnostics;
using IMU.Smpe.Mcs;
using IMU.Smpe.Syntax;

namespace IMU.Smpe.Cntl;

/// <summary>Binds <c>APPLY</c>, <c>ACCEPT</c> and <c>RESTORE</c> (smpe-reference §7.7, §8.5).</summary>
internal static class InstallBinder
{
    public static T BindApplyOrAccept<T>(OperandBinder b, int command, string name, SourceLocation location)
        where T : ApplyOrAcceptCommand, new()
    {
        var options = new Options();
        var common = Bind(b, command, name, options);
        return new T
        {
            Select = common.Select, MassTypes = common.MassTypes, ForFmid = common.ForFmid, Exclude = common.Exclude,
            Check = common.Check, Bypass = common.Bypass, OtherOperands = common.OtherOperands, Location = location,
            GroupExtend = options.GroupExtend, GroupExtendNoApars = options.NoApars, GroupExtendNoUsermods = options.NoUsermods, Redo = options.Redo,
        };
    }

    public static RestoreCommand BindRestore(OperandBinder b, int command, SourceLocation location)
    {
        var options = new Options();
        var common = Bind(b, command, "RESTORE", options);
        return new RestoreCommand
        {
            Select = common.Select, MassTypes = common.MassTypes, ForFmid = common.ForFmid, Exclude = common.Exclude,
            Check = common.Check, Bypass = common.Bypass, OtherOperands = common.OtherOperands, Location = location,
            Group = options.Group,
        };
    }

    private static Common Bind(OperandBinder b, int command, string name, Options options)
    {
        var tree = b.Tree;
        var common = new Common();
        var types = new List<SysmodType>();
        var other = new List<SmpeOperand>();
        var restore = name == "RESTORE";
        for (var op = tree.Next(command); op >= 0; op = tree.Next(op))
        {
            switch (tree.Span(op))
            {
                case "SELECT":
                    common.Select = b.SysmodIds(op, "SELECT value");
                    break;
                case "EXCLUDE":
                    common.Exclude = b.SysmodIds(op, "EXCLUDE value");
                    break;
                case "FORFMID":
                    common.ForFmid = b.Names(op, "FORFMID value", 8);
                    break;
                case "PTFS":
                    MassType(b, op, types, SysmodType.Ptf);
                    break;
                case "APARS":
                    MassType(b, op, types, SysmodType.Apar);
                    break;
                case "USERMODS":
                    MassType(b, op, types, SysmodType.Usermod);
                    break;
                case "FUNCTIONS":
                    MassType(b, op, types, SysmodType.Function);
                    break;
                case "CHECK":
                    b.Bare(op);
                    common.Check = true;
                    break;
                case "BYPASS":
                    common.Bypass = CommandBinder.Bypass(b, op);
                    break;
                case "GROUPEXTEND" when !restore:
                    GroupExtend(b, op, options);
                    break;
                case "REDO" when !restore:
                    b.Bare(op);
                    options.Redo = true;
                    break;
                case "GROUP" when restore:
                    b.Bare(op);
                    options.Group = true;
                    break;
                case "COMPRESS":
                case "RETRY":
                case "SOURCEID":
                case "EXSRCID":
                case "FIXCAT":
                case "JCLINREPORT":
                case "NOJCLINREPORT":
                    other.Add(CommandBinder.Operand(b, op));
                    break;
                default:
                    CommandBinder.NotAnOperand(b, op, name);
                    break;
            }
        }

        common.MassTypes = types;
        common.OtherOperands = other;
        return common;
    }

    private static void MassType(OperandBinder b, int op, List<SysmodType> types, SysmodType type)
    {
        b.Bare(op);
        if (!types.Contains(type))
        {
            types.Add(type);
        }
    }

    private static void GroupExtend(OperandBinder b, int op, Options options)
    {
        options.GroupExtend = true;
        var tree = b.Tree;
        for (var child = tree[op].FirstChild; child >= 0; child = tree.Next(child))
        {
            if (tree.Is(child, "NOAPARS"))
            {
                options.NoApars = true;
            }
            else if (tree.Is(child, "NOUSERMODS"))
            {
                options.NoUsermods = true;
            }
            else
            {
                b.Error(child, $"GROUPEXTEND accepts only NOAPARS and NOUSERMODS, not '{tree.Value(child)}'");
            }
        }
    }

    private sealed class Common
    {
        public IReadOnlyList<string> Select { get; set; } = [];

        public IReadOnlyList<SysmodType> MassTypes { get; set; } = [];

        public IReadOnlyList<string> ForFmid { get; set; } = [];

        public IReadOnlyList<string> Exclude { get; set; } = [];

        public bool Check { get; set; }

        public IReadOnlyList<SmpeOperand> Bypass { get; set; } = [];

        public IReadOnlyList<SmpeOperand> OtherOperands { get; set; } = [];
    }

    private sealed class Options
    {
        public bool GroupExtend { get; set; }

        public bool NoApars { get; set; }

        public bool NoUsermods { get; set; }

        public bool Redo { get; set; }

        public bool Group { get; set; }
    }
}
