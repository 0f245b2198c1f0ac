using IMU.Grains.Models;
using IMU.Grains.Sysmods;
using IMU.Smpe.Commands;

namespace IMU.Grains.Rollouts;

/// <summary>
/// Rule 1, holds. The orchestrator resolves the SYSTEM holds whose action it performs itself: IPL (it
/// stages the SYSMOD and IPLs each LPAR) and MULTSYS (it installs on the whole group as one unit). Every
/// other hold stays unresolved unless the rollout's BYPASS operands cover it, given with a reason by a
/// named user. What SMP/E resolves on its own (an ERROR hold whose fixing SYSMOD is in the zone) is left
/// to APPLY CHECK on the system.
/// </summary>
internal static class HoldDecisions
{
    /// <summary>Who the audit names for what the orchestrator decides itself.</summary>
    public const string Orchestrator = "orchestrator";

    public static HoldDecision Decide(string sysmodId, SysmodHold hold, BypassOptions bypass, string bypassBy)
    {
        ArgumentNullException.ThrowIfNull(hold);
        ArgumentNullException.ThrowIfNull(bypass);
        if (hold.Category == HoldCategories.System && hold.Reason is HoldCategories.IplReason or HoldCategories.MultsysReason)
        {
            return new HoldDecision(sysmodId, hold, HoldResolution.Orchestrator, Orchestrator);
        }

        return Covers(bypass, hold, sysmodId)
            ? new HoldDecision(sysmodId, hold, HoldResolution.Bypass, bypassBy)
            : new HoldDecision(sysmodId, hold, HoldResolution.Unresolved, null);
    }

    /// <summary>Whether the BYPASS operands release <paramref name="hold"/> on <paramref name="sysmodId"/>, as SMP/E decides it.</summary>
    public static bool Covers(BypassOptions bypass, SysmodHold hold, string sysmodId)
    {
        if (hold.Classes.Any(bypass.HoldClasses.Contains))
        {
            return true;
        }

        var operand = hold.Category switch
        {
            HoldCategories.Error => bypass.HoldError,
            HoldCategories.System => bypass.HoldSystem,
            HoldCategories.User => bypass.HoldUser,
            _ => bypass.HoldFixcat,
        };
        return operand is not null && operand.Covers(hold.Reason, sysmodId);
    }

    /// <summary>What the audit says the orchestrator does for a hold it resolves.</summary>
    public static string ActionOf(SysmodHold hold, IplPolicy ipl) => hold.Reason == HoldCategories.IplReason
        ? ipl == IplPolicy.Window
            ? "stages it and IPLs each LPAR in its next IPL window"
            : "stages it; it becomes active when each LPAR IPLs (--ipl none: the orchestrator does not IPL)"
        : "installs it on every member of its group as one unit";
}
