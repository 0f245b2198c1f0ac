namespace IMU.Smpe.HoldData;

/// <summary>
/// Finds <c>SMRTDATA(CHGDT(yymmdd) FIX(ptf) SYMP(flags))</c> in a hold comment. The operands may
/// come in any order and be separated by blanks or commas; anything else in the comment is ignored.
/// </summary>
internal static class SmrtDataParser
{
    public static SmrtData? Parse(string comment)
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
            ChangeDate = changeDate.IsEmpty ? null : changeDate.Trim().ToString(),
            Fix = fix.IsEmpty ? null : fix.Trim().ToString(),
            Symptoms = symptoms.IsEmpty ? [] : Split(symptoms),
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

    private static string[] Split(ReadOnlySpan<char> list)
    {
        var values = new List<string>(4);
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
                values.Add(list[start..i].ToString());
                start = -1;
            }
        }

        return [.. values];
    }
}
