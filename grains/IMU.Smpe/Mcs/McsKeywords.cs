namespace IMU.Smpe.Mcs;

/// <summary>The MCS keywords SMP/E knows (smpe-reference §2-§6), case-sensitive as SMP/E is.</summary>
internal static class McsKeywords
{
    private static readonly HashSet<string> s_elements = new(StringComparer.Ordinal)
    {
        "MOD", "MAC", "SRC", "MACUPD", "SRCUPD", "UPDTE", "ZAP", "JAR", "JARUPD", "PROGRAM",
        "HFS", "SHELLSCR", "AIX1", "AIX2", "AIX3", "AIX4", "AIX5", "CLIENT1", "CLIENT2", "CLIENT3",
        "CLIENT4", "CLIENT5", "OS21", "OS22", "OS23", "OS24", "OS25", "UNIX1", "UNIX2", "UNIX3",
        "UNIX4", "UNIX5", "WIN1", "WIN2", "WIN3", "WIN4", "WIN5",
        "SAMP", "CLIST", "EXEC", "PARM", "PROC", "PNL", "MSG", "SKL", "TBL", "HELP", "TEXT", "DATA",
        "DATA1", "DATA2", "DATA3", "DATA4", "DATA5", "DATA6", "USER1", "USER2", "USER3", "USER4",
        "USER5", "BOOK", "BSIND", "CGM", "FONT", "GDF", "IMG", "PROBJ", "PRODXML", "PRSRC", "PSEG",
        "PUBLB", "UTIN", "UTOUT",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_elementLookup = s_elements.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Data elements that also come in national-language forms such as <c>++PNLENU</c>.</summary>
    private static readonly string[] s_languageElements = ["BOOK", "CLIST", "HELP", "MSG", "PNL", "SKL", "TBL", "SAMP", "PROC", "EXEC", "TEXT", "UTIN", "UTOUT"];

    public static McsKind Classify(ReadOnlySpan<char> keyword, out SysmodType headerType, out string? elementType)
    {
        headerType = default;
        elementType = null;
        switch (keyword)
        {
            case "PTF":
                headerType = SysmodType.Ptf;
                return McsKind.Header;
            case "APAR":
                headerType = SysmodType.Apar;
                return McsKind.Header;
            case "USERMOD":
                headerType = SysmodType.Usermod;
                return McsKind.Header;
            case "FUNCTION":
                headerType = SysmodType.Function;
                return McsKind.Header;
            case "VER":
                return McsKind.Ver;
            case "IF":
                return McsKind.If;
            case "HOLD":
                return McsKind.Hold;
            case "RELEASE":
                return McsKind.Release;
            case "JCLIN":
                return McsKind.JclIn;
            case "DELETE":
                return McsKind.Delete;
            case "MOVE":
            case "RENAME":
            case "NULL":
                return McsKind.SysmodOther;
            case "ASSIGN":
                return McsKind.Assign;
            case "FEATURE":
            case "PRODUCT":
                return McsKind.StreamOther;
            default:
                break;
        }

        if (s_elementLookup.TryGetValue(keyword, out var known))
        {
            elementType = known;
            return McsKind.Element;
        }

        if (keyword.Length > 3 && IsLanguage(keyword[^3..]))
        {
            foreach (var prefix in s_languageElements)
            {
                if (keyword[..^3].SequenceEqual(prefix))
                {
                    elementType = keyword.ToString();
                    return McsKind.Element;
                }
            }
        }

        return McsKind.Unknown;
    }

    private static bool IsLanguage(ReadOnlySpan<char> code) =>
        code[0] is >= 'A' and <= 'Z' && code[1] is >= 'A' and <= 'Z' && code[2] is >= 'A' and <= 'Z';
}
