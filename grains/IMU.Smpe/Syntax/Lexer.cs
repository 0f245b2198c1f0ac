using System.Buffers;
using System.Runtime.CompilerServices;

namespace IMU.Smpe.Syntax;

/// <summary>Character rules shared by the MCS and SMPCNTL readers (smpe-reference §1).</summary>
internal static class Lexer
{
    /// <summary>Marks the end of a record that did not reach column 72: the card was blank-padded there.</summary>
    public const char RecordBreak = '\n';

    private static readonly SearchValues<char> s_significant = SearchValues.Create("/'().");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsBlank(char c) => c is ' ' or RecordBreak or '\t' or '\r' or '\f';

    public static bool IsSeparator(char c) => IsBlank(c) || c == ',';

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
                // Most of a statement is names and blanks: jump straight to the next character that matters.
                var next = s[i..].IndexOfAny(s_significant);
                if (next < 0)
                {
                    i = s.Length;
                    break;
                }

                i += next;
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
