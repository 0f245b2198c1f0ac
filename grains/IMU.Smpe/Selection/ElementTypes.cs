using IMU.Smpe.Mcs;
using IMU.Smpe.Zones;

namespace IMU.Smpe.Selection;

/// <summary>Which element MCS replace and which update, and which element type an update lands on.</summary>
internal static class ElementTypes
{
    private static readonly Dictionary<string, string> s_updates = new(StringComparer.Ordinal)
    {
        ["ZAP"] = "MOD",
        ["MACUPD"] = "MAC",
        ["SRCUPD"] = "SRC",
        ["JARUPD"] = "JAR",
    };

    /// <summary>MCS in the element list that do not install an element of their own.</summary>
    private static readonly HashSet<string> s_notElements = new(StringComparer.Ordinal)
    {
        "DELETE", "MOVE", "RENAME", "ASSIGN", "FEATURE", "PRODUCT", "NULL", "JCLIN",
    };

    public static bool IsUpdate(string mcsType) => s_updates.ContainsKey(mcsType);

    public static bool IsElement(string mcsType) => !s_notElements.Contains(mcsType);

    public static ElementKey KeyOf(ElementStatement element) =>
        new(s_updates.TryGetValue(element.McsType, out var type) ? type : element.McsType, element.Name);
}
