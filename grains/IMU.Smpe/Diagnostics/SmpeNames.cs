namespace IMU.Smpe.Diagnostics;

/// <summary>
/// SMP/E's rules for names: SYSMOD IDs and FMIDs, zone names, ddnames, element names and SRELs.
/// Every entry point (MCS and SMPCNTL readers, the CSI, the CLI, the LPAR connector) checks names here,
/// so a name one of them accepts is accepted by all of them.
/// </summary>
public static class SmpeNames
{
    /// <summary>The longest zone name SMP/E accepts.</summary>
    public const int ZoneNameMaxLength = 7;

    /// <summary>The longest ddname (and PDS member or element name) SMP/E accepts.</summary>
    public const int DdnameMaxLength = 8;

    /// <summary>The length of every SYSMOD ID and FMID.</summary>
    public const int SysmodIdLength = 7;

    /// <summary>The name of the global zone, which no target or distribution zone may take.</summary>
    public const string GlobalZone = "GLOBAL";

    /// <summary>Whether <paramref name="c"/> may appear in an SMP/E name: A-Z, 0-9 and the national characters @ # $.</summary>
    /// <param name="c">The character.</param>
    public static bool IsNameChar(char c) => IsNameStart(c) || c is >= '0' and <= '9';

    /// <summary>Whether <paramref name="c"/> may start a zone name, ddname or member name: A-Z or @ # $.</summary>
    /// <param name="c">The character.</param>
    public static bool IsNameStart(char c) => c is (>= 'A' and <= 'Z') or '@' or '#' or '$';

    /// <summary>Whether <paramref name="value"/> is 1 to <paramref name="maxLength"/> name characters (any may be a digit).</summary>
    /// <param name="value">The text.</param>
    /// <param name="maxLength">The longest length allowed.</param>
    public static bool IsName(ReadOnlySpan<char> value, int maxLength)
    {
        if (value.Length == 0 || value.Length > maxLength)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!IsNameChar(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="value"/> is a SYSMOD ID (or FMID): exactly 7 name characters.</summary>
    /// <param name="value">The text.</param>
    public static bool IsSysmodId(ReadOnlySpan<char> value) => value.Length == SysmodIdLength && IsName(value, SysmodIdLength);

    /// <summary>Whether <paramref name="value"/> is an SREL: exactly 4 name characters (Z038, C150, P115).</summary>
    /// <param name="value">The text.</param>
    public static bool IsSrel(ReadOnlySpan<char> value) => value.Length == 4 && IsName(value, 4);

    /// <summary>Whether <paramref name="value"/> is <paramref name="minLength"/> to <paramref name="maxLength"/> decimal digits.</summary>
    /// <param name="value">The text.</param>
    /// <param name="minLength">The shortest length allowed.</param>
    /// <param name="maxLength">The longest length allowed.</param>
    public static bool IsDigits(ReadOnlySpan<char> value, int minLength, int maxLength)
    {
        if (value.Length < minLength || value.Length > maxLength)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Why <paramref name="value"/> is not a SYSMOD ID, or null when it is one.</summary>
    /// <param name="what">What the value is, for the message (e.g. "SYSMOD ID", "FMID", "--select").</param>
    /// <param name="value">The text.</param>
    public static string? SysmodIdProblem(string what, string value)
    {
        if (value.Length != SysmodIdLength)
        {
            return $"{what} '{value}' must be {SysmodIdLength} characters";
        }

        return IsName(value, SysmodIdLength) ? null : $"{what} '{value}' may contain only A-Z, 0-9, @, # and $";
    }

    /// <summary>Why <paramref name="value"/> is not a 1-to-<paramref name="maxLength"/> character name (digits anywhere), or null.</summary>
    /// <param name="what">What the value is, for the message.</param>
    /// <param name="value">The text.</param>
    /// <param name="maxLength">The longest length allowed.</param>
    public static string? NameProblem(string what, string value, int maxLength)
    {
        if (value.Length == 0 || value.Length > maxLength)
        {
            return $"{what} '{value}' must be 1 to {maxLength} characters";
        }

        return IsName(value, maxLength) ? null : $"{what} '{value}' may contain only A-Z, 0-9, @, # and $";
    }

    /// <summary>
    /// Why <paramref name="value"/> is not a target or distribution zone name, or null: 1-7 characters,
    /// the first A-Z or @ # $, and not GLOBAL (the global zone's own name).
    /// </summary>
    /// <param name="what">What the value is, for the message (e.g. "zone name", "--zone").</param>
    /// <param name="value">The text.</param>
    public static string? ZoneNameProblem(string what, string value)
    {
        var problem = LeadingLetterNameProblem(what, value, ZoneNameMaxLength);
        if (problem is not null)
        {
            return problem;
        }

        return value == GlobalZone ? $"{what} '{value}' is the global zone's name; a target or DLIB zone needs another" : null;
    }

    /// <summary>Why <paramref name="value"/> is not a ddname, or null: 1-8 characters, the first A-Z or @ # $.</summary>
    /// <param name="what">What the value is, for the message.</param>
    /// <param name="value">The text.</param>
    public static string? DdnameProblem(string what, string value) => LeadingLetterNameProblem(what, value, DdnameMaxLength);

    /// <summary>Why <paramref name="value"/> is not an SREL, or null.</summary>
    /// <param name="what">What the value is, for the message.</param>
    /// <param name="value">The text.</param>
    public static string? SrelProblem(string what, string value) =>
        IsSrel(value) ? null : $"{what} '{value}' must be 4 characters from A-Z, 0-9, @, # and $ (e.g. Z038)";

    /// <summary>The longest fix category name (and FIXCAT-derived source ID) SMP/E accepts.</summary>
    public const int FixCategoryMaxLength = 64;

    /// <summary>
    /// Why <paramref name="value"/> is not a fix category (or source ID, or, with <paramref name="wildcard"/>,
    /// a FIXCAT pattern), or null: 1-64 printable characters, mixed case allowed, none of SMP/E's
    /// delimiters (blank, comma, quote, parentheses); <c>*</c> only in patterns.
    /// </summary>
    /// <param name="what">What the value is, for the message.</param>
    /// <param name="value">The text.</param>
    /// <param name="wildcard">Whether <c>*</c> may stand for any run of characters.</param>
    public static string? FixCategoryProblem(string what, string value, bool wildcard = false)
    {
        if (value.Length is 0 or > FixCategoryMaxLength)
        {
            return $"{what} '{value}' must be 1 to {FixCategoryMaxLength} characters";
        }

        foreach (var c in value)
        {
            if (c is <= ' ' or > '~' or ',' or '\'' or '(' or ')' or ';' || (c == '*' && !wildcard))
            {
                return $"{what} '{value}' may not contain '{c}'";
            }
        }

        return null;
    }

    private static string? LeadingLetterNameProblem(string what, string value, int maxLength)
    {
        var problem = NameProblem(what, value, maxLength);
        if (problem is not null)
        {
            return problem;
        }

        return IsNameStart(value[0]) ? null : $"{what} '{value}' must start with A-Z, @, # or $";
    }
}
