using IMU.Smpe.Syntax;

namespace IMU.Smpe.HoldData;

/// <summary>
/// Finds <c>SMRTDATA(CHGDT(yymmdd) FIX(ptf) SYMP(flags))</c> in a hold comment. The operands may
/// come in any order and be separated by blanks or commas; anything else in the comment is ignored.
/// </summary>
internal static class SmrtDataParser
{
    /// <remarks>Change dates and symptom flags repeat across thousands of holds: they come from the stream's pool.</remarks>
    public static SmrtData? Parse(string comment, OperandBinder pool)
    {
        var body = Operand(comment, "SMRTDATA");
        if (body.IsEmpty)
        {
            return null;
        }

        var changeDate = Operand(body, "CHGDT");
        var fix = Operand(body, "FIX");
        var symptoms = Operand(body, "SYMP");
        return new SmrtData
        {
            ChangeDate = changeDate.IsEmpty ? null : pool.Interned(changeDate.Trim()),
            Fix = fix.IsEmpty ? null : fix.Trim().ToString(),
            Symptoms = symptoms.IsEmpty ? [] : Split(symptoms, pool),
        };
    }

    /// <summary>The text inside <c>keyword(...)</c> at any depth, or empty when the keyword is not there.</summary>
    private static ReadOnlySpan<char> Operand(ReadOnlySpan<char> text, string keyword)
    {
        var from = 0;
        while (from < text.Length)
        {
            var at = text[from..].IndexOf(keyword, StringComparison.Ordinal);
            if (at < 0)
            {
                return [];
            }

            at += from;
            from = at + keyword.Length;
            if (at > 0 && !IsBoundary(text[at - 1]))
            {
                continue;
            }

            var open = from;
            while (open < text.Length && text[open] == ' ')
            {
                open++;
            }

            if (open >= text.Length || text[open] != '(')
            {
                continue;
            }

            var depth = 0;
            for (var i = open; i < text.Length; i++)
            {
                if (text[i] == '(')
                {
                    depth++;
                }
                else if (text[i] == ')' && --depth == 0)
                {
                    return text[(open + 1)..i];
                }
            }

            return [];
        }

        return [];
    }

    private static bool IsBoundary(char c) => c is ' ' or ',' or '(' or '\n' or '\t';

    private static string[] Split(ReadOnlySpan<char> list, OperandBinder pool)
    {
        var values = new string[Split(list, null, null)];
        Split(list, values, pool);
        return values;
    }

    /// <summary>Counts the values (when <paramref name="into"/> is null) or fills them in, in one shape of loop.</summary>
    private static int Split(ReadOnlySpan<char> list, string[]? into, OperandBinder? pool)
    {
        var count = 0;
        var start = -1;
        for (var i = 0; i <= list.Length; i++)
        {
            var separator = i == list.Length || IsBoundary(list[i]) || list[i] == ')';
            if (!separator && start < 0)
            {
                start = i;
            }
            else if (separator && start >= 0)
            {
                if (into is not null)
                {
                    into[count] = pool!.Interned(list[start..i]);
                }

                count++;
                start = -1;
            }
        }

        return count;
    }
}
