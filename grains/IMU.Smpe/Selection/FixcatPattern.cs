namespace IMU.Smpe.Selection;

/// <summary>
/// A FIXCAT interest-list entry or REPORT MISSINGFIX operand: a fix category name in which <c>*</c>
/// stands for any run of characters (<c>IBM.Coexistence.z/OS.*</c>). Names are compared case-sensitively,
/// as SMP/E compares them.
/// </summary>
internal static class FixcatPattern
{
    public static bool Matches(string pattern, string category) => Matches(pattern.AsSpan(), category.AsSpan());

    public static bool MatchesAny(IEnumerable<string> patterns, IEnumerable<string> categories) =>
        categories.Any(c => patterns.Any(p => Matches(p, c)));

    private static bool Matches(ReadOnlySpan<char> pattern, ReadOnlySpan<char> text)
    {
        var star = pattern.IndexOf('*');
        if (star < 0)
        {
            return pattern.SequenceEqual(text);
        }

        if (!text.StartsWith(pattern[..star]))
        {
            return false;
        }

        var rest = pattern[(star + 1)..];
        for (var i = star; i <= text.Length; i++)
        {
            if (Matches(rest, text[i..]))
            {
                return true;
            }
        }

        return false;
    }
}
