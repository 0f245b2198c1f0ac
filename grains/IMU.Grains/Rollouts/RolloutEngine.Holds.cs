using IMU.Grains.Models;
using IMU.Smpe.Commands;

namespace IMU.Grains.Rollouts;

/// <summary>Rule 1 while the rollout runs: a hold decision on a SYSMOD that is HELD, recorded as a create-time bypass is.</summary>
internal sealed partial class RolloutEngine
{
    /// <summary>
    /// Bypasses the holds of a HELD SYSMOD that <paramref name="bypass"/> releases, for that SYSMOD only, and sends
    /// the zones where it is held through APPLY CHECK again. Refused, it changes nothing.
    /// </summary>
    public RolloutCommandResult DecideHold(string sysmod, string bypass, OperatorAction action, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(sysmod);
        ArgumentNullException.ThrowIfNull(bypass);
        ArgumentNullException.ThrowIfNull(action);
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(action.Reason))
        {
            errors.Add($"a hold decision on {sysmod} needs a reason: a bypass is recorded with who gave it and why");
        }

        var options = ReadDecision(bypass, errors);
        var planned = Plan.Sysmods.FirstOrDefault(s => s.Id == sysmod);
        var covered = new List<HoldDecision>();
        if (planned is null)
        {
            errors.Add($"SYSMOD {sysmod} is not in rollout {Plan.Name}; its SYSMODs are {string.Join(", ", Plan.Sysmods.Select(s => s.Id))}");
        }
        else if (IsEnded)
        {
            errors.Add($"rollout {Plan.Name} is {Word(_state.Lifecycle)}; there is no hold left to decide");
        }
        else if (HeldLpars(sysmod).Count == 0)
        {
            errors.Add($"SYSMOD {sysmod} is not HELD in rollout {Plan.Name}: it is {string.Join(", ", StatesOf(sysmod))}");
        }
        else if (options is not null)
        {
            var unresolved = HoldsOf(planned).Where(d => d.Resolution == HoldResolution.Unresolved).ToList();
            covered.AddRange(unresolved.Where(d => HoldDecisions.Covers(options, d.Hold, sysmod)));
            if (unresolved.Count == 0)
            {
                errors.Add($"SYSMOD {sysmod} has no hold of its own left to decide; it is held because {HeldReason(sysmod)}");
            }
            else if (covered.Count == 0)
            {
                errors.Add($"{Shown(bypass)} releases none of the holds on {sysmod} that wait for a decision ({string.Join(", ", unresolved.Select(d => $"{d.Hold.Category} {d.Hold.Reason}"))})");
            }
        }

        if (errors.Count > 0)
        {
            return new RolloutCommandResult(false, [.. errors], Status(now).State);
        }

        foreach (var decision in covered)
        {
            _state.Decisions.Add(decision with { Resolution = HoldResolution.Bypass, By = action.By });
            _state.Audit.Add(new AuditEntry(now, action.By, "bypass", $"{decision.Hold.Category} hold {decision.Hold.Reason} on {sysmod} bypassed with {Shown(bypass)}", action.Reason));
        }

        // Whatever else the zone held waited on the same APPLY CHECK (a SYSMOD that needs this one); it is checked again with it.
        foreach (var zone in _state.Zones.Where(z => z.Sysmods[sysmod].Status == ZoneSysmodStatus.Held))
        {
            foreach (var work in zone.Sysmods.Values.Where(w => w.Status == ZoneSysmodStatus.Held))
            {
                work.Status = ZoneSysmodStatus.Pending;
                work.Reason = null;
            }
        }

        return new RolloutCommandResult(true, [], Status(now).State);
    }

    /// <summary>A SYSMOD's holds as decided now: at create time, or since by a hold decision.</summary>
    private IEnumerable<HoldDecision> HoldsOf(PlannedSysmod sysmod) => sysmod.Holds.Select(h => h.Resolution == HoldResolution.Unresolved &&
        _state.Decisions.FirstOrDefault(d => d.SysmodId == sysmod.Id && d.Hold.Category == h.Hold.Category && d.Hold.Reason == h.Hold.Reason) is { } decided
            ? decided
            : h);

    private List<string> HeldLpars(string sysmod) =>
        [.. _state.Lpars.Where(l => l.Target && SysmodStateOf(l, sysmod) == LparState.Held).Select(l => l.Lpar)];

    private IEnumerable<string> StatesOf(string sysmod) => _state.Lpars
        .Where(l => l.Target)
        .GroupBy(l => SysmodStateOf(l, sysmod))
        .Select(g => $"{Word(g.Key)} on {string.Join(", ", g.Select(l => l.Lpar))}");

    /// <summary>The operands of a hold decision: SMP/E's BYPASS binder reads them, and only hold operands are taken.</summary>
    private static BypassOptions? ReadDecision(string bypass, List<string> errors)
    {
        var read = BypassOperands.Read(bypass, "bypass");
        foreach (var error in read.Errors)
        {
            errors.Add($"{Shown(bypass)}: {error.Message}");
        }

        var options = read.Options;
        var others = new[] { ("APPLYCHECK", options.ApplyCheck), ("ID", options.Id), ("PRE", options.Pre), ("REQ", options.Req), ("IFREQ", options.IfReq) }
            .Where(o => o.Item2)
            .Select(o => o.Item1)
            .ToList();
        if (others.Count > 0)
        {
            errors.Add($"{Shown(bypass)}: a hold decision bypasses holds (HOLDSYSTEM, HOLDERROR, HOLDUSER, HOLDFIXCAT, HOLDCLASS); {string.Join(", ", others)} is not a hold operand");
        }

        return read.Errors.Count == 0 && others.Count == 0 ? options : null;
    }

    private static string Shown(string bypass)
    {
        var text = bypass.Trim();
        return text.StartsWith("BYPASS", StringComparison.OrdinalIgnoreCase) ? text : $"BYPASS({text})";
    }

    private static string Word(LparState state) => state.ToString().ToUpperInvariant();
}
