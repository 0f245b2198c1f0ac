using IMU.Smpe.HoldData;
using IMU.Smpe.Mcs;

namespace IMU.Cli.Output;

/// <summary>SMP/E's own words for the engine's enums, as users see them in SMP/E reports.</summary>
internal static class SmpeWords
{
    public static string Of(SysmodType type) => type switch
    {
        SysmodType.Function => "FUNCTION",
        SysmodType.Ptf => "PTF",
        SysmodType.Apar => "APAR",
        SysmodType.Usermod => "USERMOD",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static string Of(HoldCategory category) => category switch
    {
        HoldCategory.Error => "ERROR",
        HoldCategory.System => "SYSTEM",
        HoldCategory.User => "USER",
        HoldCategory.Fixcat => "FIXCAT",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };
}
