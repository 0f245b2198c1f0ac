using IMU.Smpe.Activation;
using IMU.Smpe.Commands;
using IMU.Smpe.HoldData;
using IMU.Smpe.Mcs;
using IMU.Smpe.Zones;

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

    public static string Of(ZoneType type) => type switch
    {
        ZoneType.Global => "GLOBAL",
        ZoneType.Target => "TARGET",
        ZoneType.Dlib => "DLIB",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static string Of(SmpeCommand command) => command switch
    {
        SmpeCommand.Apply => "APPLY",
        SmpeCommand.Accept => "ACCEPT",
        SmpeCommand.Restore => "RESTORE",
        SmpeCommand.Reject => "REJECT",
        _ => throw new ArgumentOutOfRangeException(nameof(command), command, null),
    };

    public static string Of(SysmodStatus status) => status switch
    {
        SysmodStatus.Applied => "APPLIED",
        SysmodStatus.Accepted => "ACCEPTED",
        SysmodStatus.Restored => "RESTORED",
        SysmodStatus.Held => "HELD",
        SysmodStatus.Failed => "FAILED",
        SysmodStatus.Superseded => "SUPERSEDED",
        SysmodStatus.AlreadyInstalled => "ALREADY_INSTALLED",
        SysmodStatus.NotApplicable => "NOT_APPLICABLE",
        SysmodStatus.Rejected => "REJECTED",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string Of(SysmodEntryStatus status) => status switch
    {
        SysmodEntryStatus.Received => "RECEIVED",
        SysmodEntryStatus.Applied => "APPLIED",
        SysmodEntryStatus.Accepted => "ACCEPTED",
        SysmodEntryStatus.Superseded => "SUPERSEDED",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string Of(ActivationClass activation) => activation switch
    {
        ActivationClass.Ipl => "IPL",
        ActivationClass.Dynamic => "DYNAMIC",
        ActivationClass.None => "NONE",
        _ => throw new ArgumentOutOfRangeException(nameof(activation), activation, null),
    };

    public static string Of(ReceiveStatus status) => status switch
    {
        ReceiveStatus.Received => "RECEIVED",
        ReceiveStatus.Reworked => "REWORKED",
        ReceiveStatus.AlreadyReceived => "ALREADY RECEIVED",
        ReceiveStatus.NotReceived => "NOT RECEIVED",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>The status column of SMP/E's RECEIVE ++HOLD/++RELEASE summary report.</summary>
    public static string Of(HoldSummaryStatus status) => status switch
    {
        HoldSummaryStatus.Held => "HELD",
        HoldSummaryStatus.Released => "RELEASED",
        HoldSummaryStatus.NotApplicable => "N/A",
        HoldSummaryStatus.SysmodNotFound => "SMD NF",
        HoldSummaryStatus.ReasonNotFound => "RSN NF",
        HoldSummaryStatus.InternalHold => "INT HLD",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>The type column of the RECEIVE hold summary (ERR, FIXC, SYS, USER).</summary>
    public static string ShortOf(HoldCategory category) => category switch
    {
        HoldCategory.Error => "ERR",
        HoldCategory.System => "SYS",
        HoldCategory.User => "USER",
        HoldCategory.Fixcat => "FIXC",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };
}
