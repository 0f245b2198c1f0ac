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
        var i = position;
        while (i < s.Length)
        {
            if (!state.InComment && !state.InQuote)
            {
                while (i < s.Length && (s[i] >= s_classes.Length || (s_classes[s[i]] & Significant) == 0))
                {
                    i++;
                }

                if (i == s.Length)
                {
                    break;
                }
            }
            else if (state.InComment)
            {
                var star = s[i..].IndexOf('*');
                if (star < 0)
                {
                    i = s.Length;
                    break;
                }

                i += star;
            }

            var c = s[i];
            var last = i + 1 == s.Length;
            if (state.InComment)
            {
                if (c == '*')
                {
                    if (last)
                    {
                        break;
                    }

                    if (s[i + 1] == '/')
                    {
                        state.InComment = false;
                        i++;
                    }
                }
            }
            else if (state.InQuote)
            {
                if (c == '\'')
                {
                    if (last)
                    {
                        break;
                    }

                    if (s[i + 1] == '\'')
                    {
                        i++;
                    }
                    else
                    {
                        state.InQuote = false;
                    }
                }
            }
            else
            {
                switch (c)
                {
                    case '/':
                        if (last)
                        {
                            position = i;
                            return -1;
                        }

                        if (s[i + 1] == '*')
                        {
                            state.InComment = true;
                            i++;
                        }

                        break;
                    case '\'':
                        state.InQuote = OpensQuote(s, i);
                        break;
                    case '(':
                        state.Depth++;
                        break;
                    case ')':
                        if (state.Depth > 0)
                        {
                            state.Depth--;
                        }

                        break;
                    case '.':
                        if (state.Depth == 0)
                        {
                            position = i + 1;
                            return i;
                        }

                        break;
                    default:
                        break;
                }
            }

            i++;
        }

        position = i;
        return -1;
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
