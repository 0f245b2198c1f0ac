using System.Buffers;
using System.Runtime.CompilerServices;

namespace IMU.Smpe.Syntax;

/// <summary>Character rules shared by the MCS and SMPCNTL readers (smpe-reference §1).</summary>
internal static class Lexer
{
    /// <summary>Marks the end of a record that did not reach column 72: the card was blank-padded there.</summary>
    public const char RecordBreak = '\n';

    private const byte Blank = 1;
    private const byte Comma = 2;
    private const byte Parenthesis = 4;
    private const byte Significant = 8;

    /// <summary>
    /// The class of each ASCII character: statements are dense with parentheses and short names, so
    /// a table lookup per character beats a vectorized search that stops every few characters.
    /// </summary>
    private static readonly byte[] s_classes = Classes();

    private static readonly SearchValues<char> s_significant = SearchValues.Create("/'().");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsBlank(char c) => c < s_classes.Length && (s_classes[c] & Blank) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSeparator(char c) => c < s_classes.Length && (s_classes[c] & (Blank | Comma)) != 0;

    /// <summary>Whether <paramref name="c"/> ends a word: a separator or a parenthesis (a <c>/</c> ends one only when it opens a comment).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool MayEndWord(char c) => c < s_classes.Length && (s_classes[c] & (Blank | Comma | Parenthesis)) != 0 || c == '/';

    /// <summary>
    /// A quote opens a string only where a value can start, so an apostrophe inside a word
    /// (<c>don't</c> in hold text) stays text.
    /// </summary>
    public static bool OpensQuote(ReadOnlySpan<char> s, int i) =>
        s[i] == '\'' && (i == 0 || IsSeparator(s[i - 1]) || s[i - 1] == '(');

    public static bool OpensComment(ReadOnlySpan<char> s, int i) =>
        s[i] == '/' && i + 1 < s.Length && s[i + 1] == '*';

    /// <summary>
    /// Scans <paramref name="s"/> from <paramref name="position"/> for the period that ends the
    /// statement: outside comments and quotes, at parenthesis depth 0. Returns its index, or -1
    /// when the text so far does not end the statement; <paramref name="position"/> is where the
    /// next call must resume (a trailing <c>*</c>, <c>/</c> or quote may pair with the next record).
    /// </summary>
    public static int FindTerminator(ReadOnlySpan<char> s, ref int position, ref LexState state)
    {
        // The state lives in locals while scanning (a ref struct's fields would be loaded and stored
        // at every character) and is written back wherever the scan stops.
        var inComment = state.InComment;
        var inQuote = state.InQuote;
        var depth = state.Depth;
        var classes = s_classes;
        var i = position;
        var found = -1;
        while (i < s.Length)
        {
            if (inComment)
            {
                var star = s[i..].IndexOf('*');
                if (star < 0)
                {
                    i = s.Length;
                    break;
                }

                i += star;
                if (i + 1 == s.Length)
                {
                    break;
                }

                if (s[i + 1] == '/')
                {
                    inComment = false;
                    i++;
                }

                i++;
                continue;
            }

            if (inQuote)
            {
                if (s[i] == '\'')
                {
                    if (i + 1 == s.Length)
                    {
                        break;
                    }

                    if (s[i + 1] == '\'')
                    {
                        i++;
                    }
                    else
                    {
                        inQuote = false;
                    }
                }

                i++;
                continue;
            }

            var run = 0;
            while (i < s.Length && (s[i] >= classes.Length || (classes[s[i]] & Significant) == 0))
            {
                i++;

                // A long run without punctuation is prose (hold comments, descriptions): search it vectorized.
                if (++run == 16)
                {
                    var next = s[i..].IndexOfAny(s_significant);
                    i = next < 0 ? s.Length : i + next;
                    break;
                }
            }

            if (i == s.Length)
            {
                break;
            }

            var c = s[i];
            if (c == '/')
            {
                if (i + 1 == s.Length)
                {
                    break;
                }

                if (s[i + 1] == '*')
                {
                    inComment = true;
                    i++;
                }
            }
            else if (c == '\'')
            {
                inQuote = OpensQuote(s, i);
            }
            else if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                depth -= depth > 0 ? 1 : 0;
            }
            else if (depth == 0)
            {
                found = i;
                i++;
                break;
            }

            i++;
        }

        position = i;
        state.InComment = inComment;
        state.InQuote = inQuote;
        state.Depth = depth;
        return found;
    }

    private static byte[] Classes()
    {
        var classes = new byte[128];
        foreach (var c in " \n\t\r\f")
        {
            classes[c] = Blank;
        }

        classes[','] = Comma;
        classes['('] = Parenthesis | Significant;
        classes[')'] = Parenthesis | Significant;
        classes['/'] = Significant;
        classes['\''] = Significant;
        classes['.'] = Significant;
        return classes;
    }

    /// <summary>
    /// Returns the index of the first character that is neither blank nor inside a comment, or -1.
    /// <paramref name="inComment"/> carries an open comment from one record to the next.
    /// </summary>
    public static int SkipBlanksAndComments(ReadOnlySpan<char> s, int from, ref bool inComment)
    {
        var i = from;
        while (i < s.Length)
        {
            if (inComment)
            {
                var close = s[i..].IndexOf("*/", StringComparison.Ordinal);
                if (close < 0)
                {
                    return -1;
                }

                i += close + 2;
                inComment = false;
            }
            else if (IsBlank(s[i]))
            {
                i++;
            }
            else if (OpensComment(s, i))
            {
                inComment = true;
                i += 2;
            }
            else
            {
                return i;
            }
        }

        return -1;
    }
}
