using IMU.Smpe.Diagnostics;
using IMU.Smpe.Syntax;

namespace IMU.Smpe.Mcs;

/// <summary>Binds <c>++PTF</c>, <c>++APAR</c>, <c>++USERMOD</c> and <c>++FUNCTION</c> (smpe-reference §2).</summary>
internal static class HeaderBinder
{
    public static SysmodBuilder Bind(OperandBinder b, int keyword, SysmodType type, SourceLocation location, SysmodBuilder builder)
    {
        var tree = b.Tree;
        string? id = null;
        ref readonly var k = ref tree[keyword];
        if (!k.HasList || k.ChildCount != 1 || tree[k.FirstChild].HasList)
        {
            var mcs = "++" + b.Keyword(keyword);
            b.Error(keyword, $"{mcs} needs one SYSMOD ID in parentheses, e.g. {mcs}(UZ12345)");
        }
        else
        {
            var value = tree.Value(k.FirstChild);
            id = b.CheckSysmodId(k.FirstChild, "SYSMOD ID", value) ? value : null;
        }

        var sysmod = builder.Start(id ?? string.Empty, type, location);
        var seen = 0;
        for (var op = tree.Next(keyword); op >= 0; op = tree.Next(op))
        {
            switch (tree.Span(op))
            {
                case "DESCRIPTION":
                case "DESC":
                    if (!b.Repeated(ref seen, 0, op))
                    {
                        sysmod.Description = Description(b, op);
                    }

                    break;
                case "REWORK":
                    if (!b.Repeated(ref seen, 1, op))
                    {
                        sysmod.Rework = Rework(b, op);
                    }

                    break;
                case "FILES":
                    if (!b.Repeated(ref seen, 2, op) && b.Number(op, 1, 9999) is not null)
                    {
                        sysmod.OtherOperands.Add(b.Other(op));
                    }

                    break;
                case "RFDSNPFX":
                    if (!b.Repeated(ref seen, 3, op) && b.Single(op) is not null)
                    {
                        sysmod.OtherOperands.Add(b.Other(op));
                    }

                    break;
                case "FESN":
                    if (type != SysmodType.Function)
                    {
                        b.Error(op, $"FESN is only valid on ++FUNCTION, not on ++{b.Keyword(keyword)}");
                    }
                    else if (!b.Repeated(ref seen, 4, op) && b.Single(op) is not null)
                    {
                        sysmod.OtherOperands.Add(b.Other(op));
                    }

                    break;
                default:
                    b.Error(op, $"'{b.Keyword(op)}' is not an operand of ++{b.Keyword(keyword)}");
                    break;
            }
        }

        if ((seen & (1 << 3)) != 0 && (seen & (1 << 2)) == 0)
        {
            b.Error(keyword, "RFDSNPFX is only valid together with FILES");
        }

        sysmod.Failed = b.HasErrors || id is null;
        return sysmod;
    }

    private static string? Description(OperandBinder b, int op)
    {
        if (b.Tree[op].Kind != SyntaxNodeKind.FreeText)
        {
            b.Error(op, $"{b.Keyword(op)} needs its text in parentheses");
            return null;
        }

        return b.Tree.FreeText(op, squeeze: true);
    }

    private static string? Rework(OperandBinder b, int op)
    {
        var level = b.Single(op);
        if (level is null)
        {
            return null;
        }

        if (!SmpeNames.IsDigits(level, 1, 8))
        {
            b.Error(b.Tree[op].FirstChild, $"REWORK level '{level}' must be 1 to 8 digits, e.g. REWORK(2024123)");
            return null;
        }

        return level;
    }
}
