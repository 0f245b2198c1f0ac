using IMU.Smpe.Diagnostics;
using IMU.Smpe.Syntax;

namespace IMU.Smpe.Mcs;

/// <summary>Binds <c>++VER</c> (smpe-reference §3) and <c>++IF</c> (§4).</summary>
internal static class VerBinder
{
    public static VerStatement? BindVer(OperandBinder b, int keyword, SysmodBuilder sysmod, SourceLocation location)
    {
        var tree = b.Tree;
        ref readonly var k = ref tree[keyword];
        var srels = k.HasList ? new string[k.ChildCount] : [];
        if (srels.Length == 0)
        {
            b.Error(keyword, "++VER has no SREL; write the system release first, e.g. ++VER(Z038)");
        }

        var i = 0;
        for (var child = k.HasList ? k.FirstChild : -1; child >= 0; child = tree.Next(child))
        {
            var srel = srels[i++] = b.Interned(child);
            if (tree[child].HasList || !SmpeNames.IsSrel(srel))
            {
                b.Error(child, $"SREL '{srel}' must be 4 characters, e.g. Z038");
            }
        }

        string? fmid = null;
        string[]? pre = null, req = null, sup = null, npre = null, delete = null, version = null;
        var seen = 0;
        for (var op = tree.Next(keyword); op >= 0; op = tree.Next(op))
        {
            switch (tree.Span(op))
            {
                case "FMID":
                    if (!b.Repeated(ref seen, 0, op))
                    {
                        fmid = b.SysmodId(op, "FMID", intern: true);
                    }

                    break;
                case "PRE":
                    pre = Ids(b, op, ref seen, 1);
                    break;
                case "REQ":
                    req = Ids(b, op, ref seen, 2);
                    break;
                case "SUP":
                    sup = Ids(b, op, ref seen, 3);
                    break;
                case "NPRE":
                    npre = FunctionOnly(b, op, ref seen, 4, sysmod);
                    break;
                case "DELETE":
                    delete = FunctionOnly(b, op, ref seen, 5, sysmod);
                    break;
                case "VERSION":
                    version = Ids(b, op, ref seen, 6);
                    break;
                default:
                    b.Error(op, $"'{b.Keyword(op)}' is not an operand of ++VER");
                    break;
            }
        }

        if ((seen & 1) == 0 && sysmod.Type != SysmodType.Function)
        {
            var type = sysmod.Type.ToString().ToUpperInvariant();
            b.Error(keyword, $"++VER of {type} {sysmod.Id} has no FMID; a PTF, APAR or USERMOD must name the function it services, e.g. FMID(HBB77D0)");
        }

        if (b.HasErrors)
        {
            return null;
        }

        return new VerStatement
        {
            Srels = srels,
            Fmid = fmid,
            Pre = pre ?? (IReadOnlyList<string>)[],
            Req = req ?? (IReadOnlyList<string>)[],
            Sup = sup ?? (IReadOnlyList<string>)[],
            Npre = npre ?? (IReadOnlyList<string>)[],
            Delete = delete ?? (IReadOnlyList<string>)[],
            Version = version ?? (IReadOnlyList<string>)[],
            Location = location,
        };
    }

    public static IfStatement? BindIf(OperandBinder b, int keyword, SysmodBuilder sysmod, SourceLocation location)
    {
        var tree = b.Tree;
        if (tree[keyword].HasList)
        {
            b.Error(keyword, "++IF takes no value in parentheses; write ++IF FMID(fmid) THEN REQ(sysmod,...)");
        }

        string? fmid = null;
        string[]? req = null;
        var seen = 0;
        for (var op = tree.Next(keyword); op >= 0; op = tree.Next(op))
        {
            switch (tree.Span(op))
            {
                case "FMID":
                    if (!b.Repeated(ref seen, 0, op))
                    {
                        fmid = b.SysmodId(op, "FMID", intern: true);
                        if (fmid is not null && fmid == sysmod.Id)
                        {
                            b.Error(tree[op].FirstChild, $"++IF FMID({fmid}) names the SYSMOD itself; the FMID on ++IF must differ from the SYSMOD ID (GIM36305E)");
                        }
                    }

                    break;
                case "THEN":
                    b.Bare(op);
                    break;
                case "REQ":
                    req = Ids(b, op, ref seen, 1);
                    break;
                default:
                    b.Error(op, $"'{b.Keyword(op)}' is not an operand of ++IF; write ++IF FMID(fmid) THEN REQ(sysmod,...)");
                    break;
            }
        }

        if ((seen & 1) == 0)
        {
            b.Error(keyword, "++IF has no FMID; write ++IF FMID(fmid) THEN REQ(sysmod,...)");
        }

        if ((seen & 2) == 0)
        {
            b.Error(keyword, "++IF has no REQ; write ++IF FMID(fmid) THEN REQ(sysmod,...)");
        }

        if (b.HasErrors || fmid is null || req is null)
        {
            return null;
        }

        return new IfStatement { Fmid = fmid, Req = req, Location = location };
    }

    private static string[]? Ids(OperandBinder b, int op, ref int seen, int bit) =>
        b.Repeated(ref seen, bit, op) ? null : b.SysmodIds(op, null);

    private static string[]? FunctionOnly(OperandBinder b, int op, ref int seen, int bit, SysmodBuilder sysmod)
    {
        if (sysmod.Type != SysmodType.Function)
        {
            b.Error(op, $"{b.Keyword(op)} on ++VER is only valid for a ++FUNCTION");
            return null;
        }

        return Ids(b, op, ref seen, bit);
    }
}
