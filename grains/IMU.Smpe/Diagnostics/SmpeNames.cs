namespace IMU.Smpe.Diagnostics;

/// <summary>The shapes of SMP/E names: SYSMOD IDs, FMIDs, SRELs, ddnames and element names.</summary>
internal static class SmpeNames
{
    public static bool IsNameChar(char c) => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '@' or '#' or '$';

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

    public static bool IsSysmodId(ReadOnlySpan<char> value) => value.Length == 7 && IsName(value, 7);

    public static bool IsSrel(ReadOnlySpan<char> value) => value.Length == 4 && IsName(value, 4);

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
    public static string? SysmodIdProblem(string what, string value)
    {
        if (value.Length != 7)
        {
            return $"{what} '{value}' must be 7 characters";
        }

        return IsName(value, 7) ? null : $"{what} '{value}' may contain only A-Z, 0-9, @, # and $";
    }

    /// <summary>Why <paramref name="value"/> is not a 1-to-<paramref name="maxLength"/> character name, or null.</summary>
    public static string? NameProblem(string what, string value, int maxLength)
    {
        if (value.Length == 0 || value.Length > maxLength)
        {
            return $"{what} '{value}' must be 1 to {maxLength} characters";
        }

        return IsName(value, maxLength) ? null : $"{what} '{value}' may contain only A-Z, 0-9, @, # and $";
    }
}
