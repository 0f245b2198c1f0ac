using IMU.Smpe.Diagnostics;
using IMU.Smpe.Syntax;

namespace IMU.Smpe.Mcs;

/// <summary>
/// Binds element MCS (smpe-reference §6), <c>++JCLIN</c>, <c>++DELETE</c> and the MCS kept as
/// written. Operands the engine interprets become typed properties; the rest are kept in order.
/// </summary>
internal static class ElementBinder
{
    private const int DdnameLength = 8;

    public static ElementStatement? BindElement(OperandBinder b, int keyword, string mcsType, SourceLocation location)
    {
        var tree = b.Tree;
        var name = Name(b, keyword, "element name", DdnameLength);
        string? distLib = null, rmid = null, txLib = null, lkLib = null;
        string[]? sysLibs = null, lmods = null, umids = null, versions = null;
        List<McsOperand>? other = null;
        int? relFile = null;
        var delete = false;
        var seen = 0;
        for (var op = tree.Next(keyword); op >= 0; op = tree.Next(op))
        {
            switch (tree.Span(op))
            {
                case "DISTLIB":
                    distLib = Once(b, op, ref seen, 0) ? b.Name(op, "DISTLIB ddname", DdnameLength) : null;
                    break;
                case "SYSLIB":
                    sysLibs = Once(b, op, ref seen, 1) ? b.Names(op, "SYSLIB ddname", DdnameLength) : null;
                    break;
                case "LMOD":
                    lmods = Once(b, op, ref seen, 2) ? b.Names(op, "LMOD name", DdnameLength) : null;
                    break;
                case "RMID":
                    rmid = Once(b, op, ref seen, 3) ? b.SysmodId(op, "RMID") : null;
                    break;
                case "UMID":
                    umids = Once(b, op, ref seen, 4) ? b.SysmodIds(op, "UMID value") : null;
                    break;
                case "VERSION":
                    versions = Once(b, op, ref seen, 5) ? b.SysmodIds(op, "VERSION value") : null;
                    break;
                case "DELETE":
                    b.Bare(op);
                    delete = true;
                    break;
                case "RELFILE":
                    relFile = Once(b, op, ref seen, 6) ? b.Number(op, 1, 9999) : null;
                    break;
                case "TXLIB":
                    txLib = Once(b, op, ref seen, 7) ? b.Name(op, "TXLIB ddname", DdnameLength) : null;
                    break;
                case "LKLIB":
                    lkLib = Once(b, op, ref seen, 8) ? b.Name(op, "LKLIB ddname", DdnameLength) : null;
                    break;
                default:
                    (other ??= []).Add(b.Other(op));
                    break;
            }
        }

        if (b.HasErrors || name is null)
        {
            return null;
        }

        return new ElementStatement
        {
            McsType = mcsType,
            Name = name,
            DistLib = distLib,
            SysLibs = sysLibs ?? (IReadOnlyList<string>)[],
            Lmods = lmods ?? (IReadOnlyList<string>)[],
            Rmid = rmid,
            Umids = umids ?? (IReadOnlyList<string>)[],
            Versions = versions ?? (IReadOnlyList<string>)[],
            Delete = delete,
            RelFile = relFile,
            TxLib = txLib,
            LkLib = lkLib,
            OtherOperands = other ?? (IReadOnlyList<McsOperand>)[],
            Location = location,
        };
    }

    public static JclInStatement? BindJclIn(OperandBinder b, int keyword, SourceLocation location)
    {
        var tree = b.Tree;
        if (tree[keyword].HasList)
        {
            b.Error(keyword, "++JCLIN takes no value in parentheses");
        }

        int? relFile = null;
        string? txLib = null;
        List<McsOperand>? other = null;
        var seen = 0;
        for (var op = tree.Next(keyword); op >= 0; op = tree.Next(op))
        {
            switch (tree.Span(op))
            {
                case "RELFILE":
                    relFile = Once(b, op, ref seen, 0) ? b.Number(op, 1, 9999) : null;
                    break;
                case "TXLIB":
                    txLib = Once(b, op, ref seen, 1) ? b.Name(op, "TXLIB ddname", DdnameLength) : null;
                    break;
                default:
                    (other ??= []).Add(b.Other(op));
                    break;
            }
        }

        return b.HasErrors ? null : new JclInStatement
        {
            RelFile = relFile,
            TxLib = txLib,
            OtherOperands = other ?? (IReadOnlyList<McsOperand>)[],
            Location = location,
        };
    }

    public static DeleteStatement? BindDelete(OperandBinder b, int keyword, SourceLocation location)
    {
        var tree = b.Tree;
        var name = Name(b, keyword, "load module name", DdnameLength);
        string[]? sysLibs = null, aliases = null;
        var seen = 0;
        for (var op = tree.Next(keyword); op >= 0; op = tree.Next(op))
        {
            switch (tree.Span(op))
            {
                case "SYSLIB":
                    sysLibs = Once(b, op, ref seen, 0) ? b.Names(op, "SYSLIB ddname", DdnameLength) : null;
                    break;
                case "ALIAS":
                    aliases = Once(b, op, ref seen, 1) ? b.Names(op, "ALIAS name", DdnameLength) : null;
                    break;
                default:
                    b.Error(op, $"'{b.Keyword(op)}' is not an operand of ++DELETE");
                    break;
            }
        }

        if ((seen & 1) == 0)
        {
            b.Error(keyword, "++DELETE has no SYSLIB; write e.g. ++DELETE(lmod) SYSLIB(LINKLIB)");
        }

        return b.HasErrors || name is null ? null : new DeleteStatement
        {
            LoadModule = name,
            SysLibs = sysLibs ?? (IReadOnlyList<string>)[],
            Aliases = aliases ?? (IReadOnlyList<string>)[],
            Location = location,
        };
    }

    public static AssignStatement? BindAssign(OperandBinder b, int keyword, SourceLocation location)
    {
        var tree = b.Tree;
        string? sourceId = null;
        string[]? sysmods = null;
        var seen = 0;
        for (var op = tree.Next(keyword); op >= 0; op = tree.Next(op))
        {
            switch (tree.Span(op))
            {
                case "SOURCEID":
                    sourceId = Once(b, op, ref seen, 0) ? b.Name(op, "SOURCEID", DdnameLength) : null;
                    break;
                case "TO":
                    sysmods = Once(b, op, ref seen, 1) ? b.SysmodIds(op, "TO value") : null;
                    break;
                default:
                    b.Error(op, $"'{b.Keyword(op)}' is not an operand of ++ASSIGN");
                    break;
            }
        }

        if (seen != 3)
        {
            b.Error(keyword, "++ASSIGN needs SOURCEID(id) and TO(sysmod,...)");
        }

        return b.HasErrors || sourceId is null || sysmods is null ? null : new AssignStatement { SourceId = sourceId, Sysmods = sysmods, Location = location };
    }

    public static McsStatement BindOther(OperandBinder b, int keyword, SourceLocation location)
    {
        var tree = b.Tree;
        ref readonly var k = ref tree[keyword];
        var name = k.HasList && k.ChildCount == 1 ? tree.Value(k.FirstChild) : null;
        var operands = new List<McsOperand>();
        for (var op = tree.Next(keyword); op >= 0; op = tree.Next(op))
        {
            operands.Add(b.Other(op));
        }

        return new McsStatement { McsType = b.Keyword(keyword), Name = name, Operands = operands, Location = location };
    }

    private static bool Once(OperandBinder b, int op, ref int seen, int bit) => !b.Repeated(ref seen, bit, op);

    private static string? Name(OperandBinder b, int keyword, string what, int maxLength)
    {
        ref readonly var k = ref b.Tree[keyword];
        if (!k.HasList || k.ChildCount != 1 || b.Tree[k.FirstChild].HasList)
        {
            var mcs = "++" + b.Keyword(keyword);
            b.Error(keyword, $"{mcs} needs one {what} in parentheses, e.g. {mcs}(NAME)");
            return null;
        }

        var value = b.Tree.Value(k.FirstChild);
        var problem = SmpeNames.NameProblem(what, value, maxLength);
        if (problem is not null)
        {
            b.Error(k.FirstChild, problem);
            return null;
        }

        return value;
    }
}
