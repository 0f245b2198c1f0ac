using IMU.Smpe.Commands;

namespace IMU.Grains.Rollouts;

/// <summary>
/// Writes the BYPASS operands of a rollout's APPLY: the user's own operands plus, narrowed to the named
/// SYSMODs, the SYSTEM reasons the orchestrator resolves (<c>HOLDSYSTEM(IPL(UJ00002),MULTSYS(UJ00004))</c>).
/// SMP/E takes each hold keyword once, so the orchestrator's reasons merge into the user's HOLDSYSTEM.
/// </summary>
internal static class BypassWriter
{
    public static IReadOnlyList<string> Write(BypassOptions user, IEnumerable<(string Reason, string SysmodId)> resolvedSystemHolds)
    {
        ArgumentNullException.ThrowIfNull(user);
        var system = Merge(user.HoldSystem, resolvedSystemHolds.ToList());
        var operands = new List<string>();
        Add(operands, "HOLDSYSTEM", system);
        Add(operands, "HOLDERROR", user.HoldError);
        Add(operands, "HOLDUSER", user.HoldUser);
        Add(operands, "HOLDFIXCAT", user.HoldFixcat);
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

    private static HoldBypass? Merge(HoldBypass? user, List<(string Reason, string SysmodId)> ours)
    {
        if (ours.Count == 0 || user is { All: true })
        {
            return user;
        }

        var reasons = (user?.Reasons ?? []).ToDictionary(r => r.Reason, r => r.Sysmods.ToList(), StringComparer.Ordinal);
        foreach (var (reason, sysmod) in ours)
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
