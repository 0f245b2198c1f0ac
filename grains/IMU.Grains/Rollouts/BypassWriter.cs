using IMU.Grains.Sysmods;
using IMU.Smpe.Commands;

namespace IMU.Grains.Rollouts;

/// <summary>
/// Writes the BYPASS operands of a rollout's APPLY: the user's own operands plus holds narrowed to one SYSMOD
/// each (<c>HOLDSYSTEM(IPL(UJ00002),MULTSYS(UJ00004)) HOLDERROR(AA00002(UJ00003))</c>): the SYSTEM reasons the
/// orchestrator resolves and the holds that hold decisions bypassed. SMP/E takes each hold keyword once, so
/// the narrowed reasons merge into the user's operand of the same keyword.
/// </summary>
internal static class BypassWriter
{
    public static IReadOnlyList<string> Write(BypassOptions user, IEnumerable<(string Category, string Reason, string SysmodId)> narrowed)
    {
        ArgumentNullException.ThrowIfNull(user);
        var holds = narrowed.ToList();
        var operands = new List<string>();
        Add(operands, "HOLDSYSTEM", Merge(user.HoldSystem, HoldCategories.System, holds));
        Add(operands, "HOLDERROR", Merge(user.HoldError, HoldCategories.Error, holds));
        Add(operands, "HOLDUSER", Merge(user.HoldUser, HoldCategories.User, holds));
        Add(operands, "HOLDFIXCAT", Merge(user.HoldFixcat, HoldCategories.Fixcat, holds));
        if (user.HoldClasses.Count > 0)
        {
            operands.Add($"HOLDCLASS({string.Join(',', user.HoldClasses)})");
        }

        foreach (var (flag, set) in new[] { ("ID", user.Id), ("PRE", user.Pre), ("REQ", user.Req), ("IFREQ", user.IfReq) })
        {
            if (set)
            {
                operands.Add(flag);
            }
        }

        return operands;
    }

    private static HoldBypass? Merge(HoldBypass? user, string category, List<(string Category, string Reason, string SysmodId)> narrowed)
    {
        var ours = narrowed.Where(h => h.Category == category).ToList();
        if (ours.Count == 0 || user is { All: true })
        {
            return user;
        }

        var reasons = (user?.Reasons ?? []).ToDictionary(r => r.Reason, r => r.Sysmods.ToList(), StringComparer.Ordinal);
        foreach (var (_, reason, sysmod) in ours)
        {
            if (!reasons.TryGetValue(reason, out var sysmods))
            {
                reasons[reason] = [sysmod];
            }
            else if (sysmods.Count > 0 && !sysmods.Contains(sysmod))
            {
                // An empty list already covers every SYSMOD for this reason.
                sysmods.Add(sysmod);
            }
        }

        return new HoldBypass { Reasons = [.. reasons.Select(r => new HoldBypassReason(r.Key, r.Value))] };
    }

    private static void Add(List<string> operands, string keyword, HoldBypass? bypass)
    {
        if (bypass is null)
        {
            return;
        }

        if (bypass.All)
        {
            operands.Add(keyword);
            return;
        }

        var reasons = bypass.Reasons.Select(r => r.Sysmods.Count == 0 ? r.Reason : $"{r.Reason}({string.Join(',', r.Sysmods)})");
        operands.Add($"{keyword}({string.Join(',', reasons)})");
    }
}
