using System.Buffers;
using System.Text;
using IMU.Smpe.Diagnostics;

namespace IMU.Smpe.Syntax;

/// <summary>
/// The operands of one statement as a tree of <see cref="SyntaxNode"/>s kept in a reusable flat
/// array: node 0 is the root, its children are the statement keyword and then the operands.
/// Blanks, commas, record ends and comments all separate; a keyword may stand apart from its
/// <c>(</c>. Nothing is copied out of the buffer until a binder asks for a value.
/// </summary>
internal sealed class SyntaxTree
{
    private const int MaxDepth = 32;

    private static readonly SearchValues<char> s_freeTextSignificant = SearchValues.Create("()'/");

    private readonly List<SyntaxError> _errors = [];
    private readonly StringBuilder _text = new();
    private SyntaxNode[] _nodes = new SyntaxNode[64];
    private int _count;
    private StatementBuffer _buffer = new();
    private bool _mcsFreeText;

    public List<SyntaxError> Errors => _errors;

    public StatementBuffer Buffer => _buffer;

    public ReadOnlySpan<char> Text => _buffer.Span;

    public ref readonly SyntaxNode this[int index] => ref _nodes[index];

    /// <summary>Parses <c>[start, end)</c> of the buffer; <paramref name="mcsFreeText"/> makes COMMENT and DESCRIPTION free text.</summary>
    public void Parse(StatementBuffer buffer, int start, int end, bool mcsFreeText)
    {
        _buffer = buffer;
        _mcsFreeText = mcsFreeText;
        _errors.Clear();
        _count = 0;
        _nodes[0] = new SyntaxNode { Kind = SyntaxNodeKind.Root, Start = start, Length = end - start, FirstChild = -1, LastChild = -1, NextSibling = -1 };
        _count = 1;
        ParseItemsUntil(start, end, 0, 0);
    }

    public SourceLocation Locate(int node) => _buffer.Locate(_nodes[node].Start);

    public ReadOnlySpan<char> Span(int node) => _buffer.Span.Slice(_nodes[node].Start, _nodes[node].Length);

    public bool Is(int node, string word) => _nodes[node].Kind == SyntaxNodeKind.Word && Span(node).SequenceEqual(word);

    /// <summary>The value as a string: words as written, quoted strings without their quotes.</summary>
    public string Value(int node)
    {
        ref readonly var n = ref _nodes[node];
        if (n.Kind != SyntaxNodeKind.Quoted)
        {
            return new string(Span(node));
        }

        _text.Clear();
        var s = Span(node);
        var end = s.Length > 1 && s[^1] == '\'' ? s.Length - 1 : s.Length;
        for (var i = 1; i < end; i++)
        {
            if (s[i] == Lexer.RecordBreak)
            {
                continue;
            }

            _text.Append(s[i]);
            if (s[i] == '\'' && i + 1 < end && s[i + 1] == '\'')
            {
                i++;
            }
        }

        return _text.ToString();
    }

    /// <summary>The node written back in canonical form: <c>KEY(v1,v2)</c>, quoted strings keep their quotes.</summary>
    public string Render(int node)
    {
        _text.Clear();
        RenderInto(node);
        return _text.ToString();
    }

    /// <summary>
    /// Free text between the parentheses: comments removed, each record end becomes a line end
    /// (trailing blanks of the record dropped), the whole trimmed. <paramref name="squeeze"/>
    /// folds every run of blanks and line ends into one blank, as SMP/E does for DESCRIPTION.
    /// </summary>
    public string FreeText(int node, bool squeeze)
    {
        ref readonly var n = ref _nodes[node];
        var s = _buffer.Span;
        var region = s[(n.ListStart + 1)..n.ListEnd];
        if (region.IndexOfAny(Lexer.RecordBreak, '/', '\'') < 0 && (!squeeze || !region.Contains("  ", StringComparison.Ordinal)))
        {
            return region.Trim().ToString();
        }

        _text.Clear();
        var inQuote = false;
        var i = n.ListStart + 1;
        while (i < n.ListEnd)
        {
            var run = s[i..n.ListEnd].IndexOfAny(Lexer.RecordBreak, '/', '\'');
            if (run < 0)
            {
                _text.Append(s[i..n.ListEnd]);
                break;
            }

            _text.Append(s.Slice(i, run));
            i += run;
            var c = s[i];
            if (c == Lexer.RecordBreak)
            {
                TrimEndBlanks();
                _text.Append('\n');
            }
            else if (c == '/' && !inQuote && Lexer.OpensComment(s, i))
            {
                var close = s[(i + 2)..n.ListEnd].IndexOf("*/", StringComparison.Ordinal);
                i = close < 0 ? n.ListEnd : i + 2 + close + 2;
                continue;
            }
            else
            {
                inQuote ^= c == '\'' && (inQuote || Lexer.OpensQuote(s, i));
                _text.Append(c);
            }

            i++;
        }

        return squeeze ? Squeeze(_text) : _text.ToString().Trim();
    }

    public int Children(int node) => _nodes[node].FirstChild;

    public int Next(int node) => _nodes[node].NextSibling;

    private static string Squeeze(StringBuilder text)
    {
        var result = new StringBuilder(text.Length);
        var pendingBlank = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                pendingBlank = result.Length > 0;
                continue;
            }

            if (pendingBlank)
            {
                result.Append(' ');
                pendingBlank = false;
            }

            result.Append(text[i]);
        }

        return result.ToString();
    }

    private static bool IsWordChar(ReadOnlySpan<char> s, int i) => !Lexer.MayEndWord(s[i]) || (s[i] == '/' && !Lexer.OpensComment(s, i));

    private void TrimEndBlanks()
    {
        var length = _text.Length;
        while (length > 0 && _text[length - 1] is ' ' or '\t')
        {
            length--;
        }

        _text.Length = length;
    }

    private void RenderInto(int node)
    {
        ref readonly var n = ref _nodes[node];
        foreach (var c in Span(node))
        {
            if (c != Lexer.RecordBreak)
            {
                _text.Append(c);
            }
        }

        if (!n.HasList)
        {
            return;
        }

        if (n.Kind == SyntaxNodeKind.FreeText)
        {
            _text.Append('(').Append(_buffer.Span[(n.ListStart + 1)..n.ListEnd].ToString().Replace(Lexer.RecordBreak, ' ')).Append(')');
            return;
        }

        _text.Append('(');
        for (var child = n.FirstChild; child >= 0; child = _nodes[child].NextSibling)
        {
            if (child != n.FirstChild)
            {
                _text.Append(',');
            }

            RenderInto(child);
        }

        _text.Append(')');
    }

    private bool IsFreeTextKeyword(ReadOnlySpan<char> word) =>
        _mcsFreeText && word.Length is 4 or 7 or 11 && word is "COMMENT" or "DESCRIPTION" or "DESC";

    private int Add(int parent, SyntaxNodeKind kind, int start, int length)
    {
        if (_count == _nodes.Length)
        {
            Array.Resize(ref _nodes, _nodes.Length * 2);
        }

        var index = _count++;
        _nodes[index] = new SyntaxNode { Kind = kind, Start = start, Length = length, FirstChild = -1, LastChild = -1, NextSibling = -1 };
        ref var p = ref _nodes[parent];
        if (p.LastChild < 0)
        {
            p.FirstChild = index;
        }
        else
        {
            _nodes[p.LastChild].NextSibling = index;
        }

        p.LastChild = index;
        p.ChildCount++;
        return index;
    }

    private int SkipSeparators(int pos, int end, bool commas)
    {
        var s = _buffer.Span;
        while (pos < end)
        {
            var c = s[pos];
            if (Lexer.IsBlank(c) || (commas && c == ','))
            {
                pos++;
            }
            else if (Lexer.OpensComment(s, pos))
            {
                var close = s[(pos + 2)..end].IndexOf("*/", StringComparison.Ordinal);
                if (close < 0)
                {
                    _errors.Add(new SyntaxError(pos, "comment '/*' is not closed by '*/'"));
                    return end;
                }

                pos += close + 4;
            }
            else
            {
                break;
            }
        }

        return pos;
    }

    /// <summary>Parses items until a <c>)</c> that closes the list (returned) or the end (returns <paramref name="end"/>).</summary>
    private int ParseItemsUntil(int pos, int end, int parent, int depth)
    {
        var s = _buffer.Span;
        while (true)
        {
            // Separators are nearly always single blanks or commas: step over them here and leave
            // comments to SkipSeparators.
            while (pos < end && Lexer.IsSeparator(s[pos]))
            {
                pos++;
            }

            if (pos < end && s[pos] == '/')
            {
                pos = SkipSeparators(pos, end, commas: true);
            }

            if (pos >= end)
            {
                return end;
            }

            var c = s[pos];
            if (c == ')')
            {
                if (depth > 0)
                {
                    return pos;
                }

                _errors.Add(new SyntaxError(pos, "')' has no matching '('"));
                pos++;
                continue;
            }

            int node;
            if (c == '\'')
            {
                var close = FindQuoteEnd(s, pos + 1, end);
                if (close < 0)
                {
                    _errors.Add(new SyntaxError(pos, "quoted string is not closed by a quote"));
                    Add(parent, SyntaxNodeKind.Quoted, pos, end - pos);
                    return end;
                }

                Add(parent, SyntaxNodeKind.Quoted, pos, close + 1 - pos);
                pos = close + 1;
                continue;
            }

            if (c == '(')
            {
                _errors.Add(new SyntaxError(pos, "'(' must follow an operand keyword"));
                node = Add(parent, SyntaxNodeKind.Word, pos, 0);
            }
            else
            {
                var wordEnd = pos + 1;
                while (wordEnd < end && IsWordChar(s, wordEnd))
                {
                    wordEnd++;
                }

                node = Add(parent, SyntaxNodeKind.Word, pos, wordEnd - pos);
                pos = wordEnd;
            }

            var look = pos;
            while (look < end && Lexer.IsBlank(s[look]))
            {
                look++;
            }

            if (look < end && s[look] == '/')
            {
                look = SkipSeparators(look, end, commas: false);
            }

            if (look >= end || s[look] != '(')
            {
                continue;
            }

            pos = ParseList(node, look, end, depth);
        }
    }

    private int ParseList(int node, int open, int end, int depth)
    {
        var s = _buffer.Span;
        ref var n = ref _nodes[node];
        n.HasList = true;
        n.ListStart = open;
        if (depth >= MaxDepth || IsFreeTextKeyword(Span(node)))
        {
            if (depth < MaxDepth)
            {
                n.Kind = SyntaxNodeKind.FreeText;
            }
            else
            {
                _errors.Add(new SyntaxError(open, "operands are nested too deeply"));
            }

            var close = FindFreeTextEnd(s, open + 1, end);
            _nodes[node].ListEnd = close < 0 ? end : close;
            if (close < 0)
            {
                _errors.Add(new SyntaxError(open, "'(' is not closed by ')'"));
                return end;
            }

            return close + 1;
        }

        var after = ParseItemsUntil(open + 1, end, node, depth + 1);
        if (after >= end)
        {
            _errors.Add(new SyntaxError(open, "'(' is not closed by ')'"));
            _nodes[node].ListEnd = end;
            return end;
        }

        _nodes[node].ListEnd = after;
        return after + 1;
    }

    private static int FindQuoteEnd(ReadOnlySpan<char> s, int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            if (s[i] != '\'')
            {
                continue;
            }

            if (i + 1 < end && s[i + 1] == '\'')
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }

    private static int FindFreeTextEnd(ReadOnlySpan<char> s, int from, int end)
    {
        // Free text is long runs of prose: jump between the characters that can change the state.
        var depth = 1;
        var i = from;
        while (i < end)
        {
            var next = s[i..end].IndexOfAny(s_freeTextSignificant);
            if (next < 0)
            {
                return -1;
            }

            i += next;
            var c = s[i];
            if (c == '/' && Lexer.OpensComment(s, i))
            {
                var close = s[(i + 2)..end].IndexOf("*/", StringComparison.Ordinal);
                if (close < 0)
                {
                    return -1;
                }

                i += 2 + close + 2;
                continue;
            }

            if (c == '\'' && Lexer.OpensQuote(s, i))
            {
                var close = FindQuoteEnd(s, i + 1, end);
                if (close < 0)
                {
                    return -1;
                }

                i = close + 1;
                continue;
            }

            if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && --depth == 0)
            {
                return i;
            }

            i++;
        }

        return -1;
    }
}
