using IMU.Smpe.Diagnostics;
using IMU.Smpe.Syntax;

namespace IMU.Smpe.HoldData;

/// <summary>Binds <c>++HOLD</c> and <c>++RELEASE</c> (smpe-reference §5, §7).</summary>
internal static class HoldBinder
{
    private const string Types = "ERROR, SYSTEM, USER or FIXCAT";

    public static HoldStatement? BindHold(OperandBinder b, int keyword, SourceLocation location)
    {
        var tree = b.Tree;
        var sysmodId = HeldSysmod(b, keyword, "++HOLD");
        var common = new Common();
        string[]? classes = null, categories = null;
        string? resolver = null, comment = null;
        var seen = 0;
        for (var op = tree.Next(keyword); op >= 0; op = tree.Next(op))
        {
            if (common.Accept(b, op, ref seen))
            {
                continue;
            }

            switch (tree.Span(op))
            {
                case "CLASS":
                    classes = b.Repeated(ref seen, 4, op) ? null : b.Names(op, "CLASS", 7);
                    break;
                case "RESOLVER":
                    resolver = b.Repeated(ref seen, 5, op) ? null : b.SysmodId(op, "RESOLVER");
                    break;
                case "CATEGORY":
                    categories = b.Repeated(ref seen, 6, op) ? null : Categories(b, op);
                    break;
                case "COMMENT":
                    if (!b.Repeated(ref seen, 7, op))
                    {
                        comment = tree[op].Kind == SyntaxNodeKind.FreeText ? tree.FreeText(op, squeeze: false) : null;
                        if (comment is null)
                        {
                            b.Error(op, "COMMENT needs its text in parentheses");
                        }
                    }

                    break;
                default:
                    b.Error(op, $"'{b.Keyword(op)}' is not an operand of ++HOLD");
                    break;
            }
        }

        common.Validate(b, keyword, "++HOLD", seen);
        if (b.HasErrors || sysmodId is null || common.Fmid is null || common.Reason is null || common.Category is null)
        {
            return null;
        }

        return new HoldStatement
        {
            SysmodId = sysmodId,
            Fmid = common.Fmid,
            Reason = common.Reason,
            Category = common.Category.Value,
            Classes = classes ?? (IReadOnlyList<string>)[],
            Date = common.Date,
            Resolver = resolver,
            FixCategories = categories ?? (IReadOnlyList<string>)[],
            Comment = comment,
            SmrtData = comment is null ? null : SmrtDataParser.Parse(comment, b),
            Location = location,
        };
    }

    public static ReleaseStatement? BindRelease(OperandBinder b, int keyword, SourceLocation location)
    {
        var tree = b.Tree;
        var sysmodId = HeldSysmod(b, keyword, "++RELEASE");
        var common = new Common();
        var seen = 0;
        for (var op = tree.Next(keyword); op >= 0; op = tree.Next(op))
        {
            if (!common.Accept(b, op, ref seen))
            {
                b.Error(op, $"'{b.Keyword(op)}' is not an operand of ++RELEASE");
            }
        }

        common.Validate(b, keyword, "++RELEASE", seen);
        if (b.HasErrors || sysmodId is null || common.Fmid is null || common.Reason is null || common.Category is null)
        {
            return null;
        }

        return new ReleaseStatement
        {
            SysmodId = sysmodId,
            Fmid = common.Fmid,
            Reason = common.Reason,
            Category = common.Category.Value,
            Date = common.Date,
            Location = location,
        };
    }

    private static string? HeldSysmod(OperandBinder b, int keyword, string mcs)
    {
        ref readonly var k = ref b.Tree[keyword];
        if (!k.HasList || k.ChildCount != 1 || b.Tree[k.FirstChild].HasList)
        {
            b.Error(keyword, $"{mcs} needs the held SYSMOD ID in parentheses, e.g. {mcs}(UZ12345)");
            return null;
        }

        var value = b.Tree.Value(k.FirstChild);
        return b.CheckSysmodId(k.FirstChild, "SYSMOD ID", value) ? value : null;
    }

    private static string[] Categories(OperandBinder b, int op)
    {
        var values = b.List(op, intern: true);
        var child = b.Tree[op].FirstChild;
        foreach (var value in values)
        {
            if (value.Length > 64)
            {
                b.Error(child, $"fix category '{value}' is longer than 64 characters");
            }

            child = b.Tree.Next(child);
        }

        return values;
    }

    /// <summary>The operands <c>++HOLD</c> and <c>++RELEASE</c> share: FMID, REASON, DATE and the hold type.</summary>
    private struct Common
    {
        private int _typeNode = -1;
        private int _typeCount;

        public Common()
        {
        }

        public string? Fmid { get; private set; }

        public string? Reason { get; private set; }

        public string? Date { get; private set; }

        public HoldCategory? Category { get; private set; }

        public bool Accept(OperandBinder b, int op, ref int seen)
        {
            var tree = b.Tree;
            switch (tree.Span(op))
            {
                case "FMID":
                    Fmid = b.Repeated(ref seen, 0, op) ? Fmid : b.SysmodId(op, "FMID", intern: true);
                    return true;
                case "REASON":
                    Reason = b.Repeated(ref seen, 1, op) ? Reason : b.Name(op, "REASON ID", 7);
                    return true;
                case "DATE":
                    if (!b.Repeated(ref seen, 2, op))
                    {
                        Date = b.Single(op, intern: true);
                        if (Date is not null && !SmpeNames.IsDigits(Date, 5, 5))
                        {
                            b.Error(tree[op].FirstChild, $"DATE '{Date}' must be a Julian date yyddd, e.g. DATE(25123)");
                        }
                    }

                    return true;
                case "ERROR":
                    Type(b, op, HoldCategory.Error);
                    return true;
                case "SYSTEM":
                    Type(b, op, HoldCategory.System);
                    return true;
                case "USER":
                    Type(b, op, HoldCategory.User);
                    return true;
                case "FIXCAT":
                    Type(b, op, HoldCategory.Fixcat);
                    return true;
                default:
                    return false;
            }
        }

        public void Validate(OperandBinder b, int keyword, string mcs, int seen)
        {
            if (_typeCount == 0)
            {
                b.Error(keyword, $"{mcs} has no hold type; name exactly one of {Types}");
            }
            else if (_typeCount > 1)
            {
                b.Error(_typeNode, $"{mcs} names more than one hold type; name exactly one of {Types}");
            }

            if ((seen & 1) == 0)
            {
                b.Error(keyword, $"{mcs} has no FMID; FMID is required, e.g. FMID(HBB77D0)");
            }

            if ((seen & 2) == 0)
            {
                b.Error(keyword, $"{mcs} has no REASON; REASON is required, e.g. REASON(AA12345)");
            }
        }

        private void Type(OperandBinder b, int op, HoldCategory category)
        {
            b.Bare(op);
            _typeCount++;
            if (_typeCount == 2)
            {
                _typeNode = op;
            }

            Category ??= category;
        }
    }
}
