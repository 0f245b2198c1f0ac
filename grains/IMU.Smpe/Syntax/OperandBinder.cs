using IMU.Smpe.Diagnostics;
using IMU.Smpe.Mcs;

namespace IMU.Smpe.Syntax;

/// <summary>
/// Turns operand nodes into values and reports, at the node's position, what a systems
/// programmer needs to fix. Shared by the MCS, HOLDDATA and SMPCNTL readers.
/// </summary>
internal sealed class OperandBinder(SyntaxTree tree, List<SmpeError> errors)
{
    /// <summary>Unique values (APAR reasons, resolvers) would only grow the pool; past this size it stops taking new ones.</summary>
    private const int PoolLimit = 4096;

    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _pool =
        new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private int _mark;

    public SyntaxTree Tree { get; } = tree;

    /// <summary>True when an error was reported since <see cref="Begin"/>.</summary>
    public bool HasErrors => errors.Count > _mark;

    /// <summary>Starts a statement: reports the parser's syntax errors and remembers where its errors begin.</summary>
    public void Begin()
    {
        _mark = errors.Count;
        foreach (var error in Tree.Errors)
        {
            errors.Add(new SmpeError(Tree.Buffer.Locate(error.Offset), error.Message));
        }
    }

    public void Error(int node, string message) => errors.Add(new SmpeError(Tree.Locate(node), message));

    public string Keyword(int node) => Tree.Span(node).ToString();

    /// <summary>
    /// The value, shared with earlier equal values of this stream: FMIDs, dates, ddnames, classes
    /// and categories repeat across thousands of statements, so one string serves them all.
    /// </summary>
    public string Interned(int node)
    {
        if (Tree[node].Kind != SyntaxNodeKind.Word || Tree[node].Length > 64)
        {
            return Tree.Value(node);
        }

        return Interned(Tree.Span(node));
    }

    /// <summary>The text as a string shared with earlier equal values of this stream.</summary>
    public string Interned(ReadOnlySpan<char> text)
    {
        if (!_pool.TryGetValue(text, out var value))
        {
            value = text.ToString();
            if (_pool.Dictionary.Count < PoolLimit)
            {
                _pool.Dictionary.Add(value, value);
            }
        }

        return value;
    }

    /// <summary>True when the operand was already seen; reports the repetition.</summary>
    public bool Repeated(ref int seen, int bit, int node)
    {
        var flag = 1 << bit;
        if ((seen & flag) != 0)
        {
            Error(node, $"{Keyword(node)} is specified more than once");
            return true;
        }

        seen |= flag;
        return false;
    }

    /// <summary>A keyword that takes no value, such as <c>ERROR</c> or <c>DELETE</c>.</summary>
    public void Bare(int node)
    {
        if (Tree[node].HasList)
        {
            Error(node, $"{Keyword(node)} takes no value in parentheses");
        }
    }

    /// <summary>The one value of <c>KEY(value)</c>, or null (reported) when there is not exactly one.</summary>
    public string? Single(int node, bool intern = false)
    {
        ref readonly var n = ref Tree[node];
        if (!n.HasList || n.ChildCount != 1 || Tree[n.FirstChild].HasList)
        {
            var keyword = Keyword(node);
            Error(node, $"{keyword} needs exactly one value in parentheses, e.g. {keyword}(value)");
            return null;
        }

        return intern ? Interned(n.FirstChild) : Tree.Value(n.FirstChild);
    }

    /// <summary>The values of <c>KEY(v1 v2,...)</c>; reports an empty or nested list.</summary>
    public string[] List(int node, bool intern = false)
    {
        ref readonly var n = ref Tree[node];
        if (!n.HasList || n.ChildCount == 0)
        {
            var keyword = Keyword(node);
            Error(node, $"{keyword} needs a list of values in parentheses, e.g. {keyword}(value,...)");
            return [];
        }

        var values = new string[n.ChildCount];
        var i = 0;
        for (var child = n.FirstChild; child >= 0; child = Tree.Next(child))
        {
            if (Tree[child].HasList)
            {
                Error(child, $"{Keyword(node)} values cannot have their own parentheses");
            }

            values[i++] = intern ? Interned(child) : Tree.Value(child);
        }

        return values;
    }

    /// <summary>A list of SYSMOD IDs (or FMIDs), each checked for 7 characters; <paramref name="what"/> defaults to "KEY value".</summary>
    public string[] SysmodIds(int node, string? what)
    {
        var values = List(node);
        var child = Tree[node].FirstChild;
        for (var i = 0; i < values.Length && child >= 0; i++, child = Tree.Next(child))
        {
            if (!SmpeNames.IsSysmodId(values[i]))
            {
                CheckSysmodId(child, what ?? Keyword(node) + " value", values[i]);
            }
        }

        return values;
    }

    /// <summary>A single SYSMOD ID or FMID, checked for 7 characters; null when missing or bad.</summary>
    public string? SysmodId(int node, string what, bool intern = false)
    {
        var value = Single(node, intern);
        if (value is null)
        {
            return null;
        }

        return CheckSysmodId(Tree[node].FirstChild, what, value) ? value : null;
    }

    public bool CheckSysmodId(int node, string what, string value)
    {
        var problem = SmpeNames.SysmodIdProblem(what, value);
        if (problem is not null)
        {
            Error(node, problem);
        }

        return problem is null;
    }

    /// <summary>A single name of 1 to <paramref name="maxLength"/> characters (ddname, element, reason ID).</summary>
    public string? Name(int node, string what, int maxLength)
    {
        var value = Single(node, intern: true);
        if (value is null)
        {
            return null;
        }

        var problem = SmpeNames.NameProblem(what, value, maxLength);
        if (problem is not null)
        {
            Error(Tree[node].FirstChild, problem);
            return null;
        }

        return value;
    }

    /// <summary>A list of names of 1 to <paramref name="maxLength"/> characters.</summary>
    public string[] Names(int node, string what, int maxLength)
    {
        var values = List(node, intern: true);
        var child = Tree[node].FirstChild;
        for (var i = 0; i < values.Length && child >= 0; i++, child = Tree.Next(child))
        {
            var problem = SmpeNames.NameProblem(what, values[i], maxLength);
            if (problem is not null)
            {
                Error(child, problem);
            }
        }

        return values;
    }

    /// <summary>A number in <c>KEY(n)</c> between the bounds.</summary>
    public int? Number(int node, int min, int max)
    {
        var value = Single(node);
        if (value is null)
        {
            return null;
        }

        if (!int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) || number < min || number > max)
        {
            Error(Tree[node].FirstChild, $"{Keyword(node)} value '{value}' must be a number from {min} to {max}");
            return null;
        }

        return number;
    }

    /// <summary>An operand the engine does not interpret, kept as written.</summary>
    public McsOperand Other(int node)
    {
        ref readonly var n = ref Tree[node];
        if (n.Kind == SyntaxNodeKind.FreeText)
        {
            return new McsOperand(Keyword(node), [Tree.FreeText(node, squeeze: false)]);
        }

        if (!n.HasList)
        {
            return new McsOperand(Keyword(node), []);
        }

        var values = new string[n.ChildCount];
        var i = 0;
        for (var child = n.FirstChild; child >= 0; child = Tree.Next(child))
        {
            values[i++] = Tree.Render(child);
        }

        return new McsOperand(Keyword(node), values);
    }
}
