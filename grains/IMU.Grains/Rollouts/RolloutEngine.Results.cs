using IMU.Grains.Models;

namespace IMU.Grains.Rollouts;

/// <summary>Feeding what the zones, LPARs and health checks report back into the rollout's state.</summary>
internal sealed partial class RolloutEngine
{
    /// <summary>Records how a zone step ended. A result for a step not in flight (a repeat after a restart) changes nothing.</summary>
    public bool OnZoneStep(ZoneStepResult result, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(result);
        var zone = _state.Zones.FirstOrDefault(z => z.ZoneKey == result.Zone);
        if (zone?.InFlight is not { } step || step.OperationId != result.OperationId)
        {
            return false;
        }

        zone.InFlight = null;
        var outcomes = result.Sysmods.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var anyHeld = result.Sysmods.Any(s => s.Outcome == ZoneSysmodOutcome.Held);
        var failure = result.Error ?? (result.Succeeded ? null : "the job ended with a return code above 4");
        string? Why(ZoneSysmodResult? outcome) => outcome?.Reason is not { } reason
            ? failure
            : result.Error is { } job && !job.Contains(reason, StringComparison.Ordinal) ? $"{reason} ({job})" : reason;
        foreach (var id in step.Sysmods.Where(zone.Sysmods.ContainsKey))
        {
            var work = zone.Sysmods[id];
            if (step.Kind == ZoneStepKind.ApplyCheck && work.Status == ZoneSysmodStatus.Skipped)
            {
                // Its group failed while the check was in flight: what the check says no longer matters.
                continue;
            }

            outcomes.TryGetValue(id, out var outcome);
            switch (step.Kind)
            {
                case ZoneStepKind.Receive:
                    if (outcome?.Outcome == ZoneSysmodOutcome.Failed || (!result.Succeeded && outcome is null))
                    {
                        Fail(work, $"RECEIVE failed: {Why(outcome)}");
                    }

                    break;
                case ZoneStepKind.ApplyCheck:
                    OnCheck(work, outcome, anyHeld, failure, Why(outcome));
                    break;
                case ZoneStepKind.Apply:
                    OnApply(work, outcome, anyHeld, Why(outcome));
                    break;
                default:
                    OnRestore(zone, id, work, outcome, Why(outcome));
                    break;
            }
        }

        if (step.Kind == ZoneStepKind.Receive)
        {
            zone.Received = result.Succeeded;
            if (!result.Succeeded)
            {
                zone.Failure = $"RECEIVE failed: {failure}";
            }
        }

        FailGroups(zone, now);
        return true;
    }

    /// <summary>Records what an LPAR grain reports: which staged SYSMODs are active now, and where the IPL is.</summary>
    public bool OnLparReport(LparRolloutReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var lpar = _state.Lpars.FirstOrDefault(l => l.Lpar == report.Lpar);
        if (lpar is null || report.Rollout != Plan.Name)
        {
            return false;
        }

        var active = report.Active.Where(id => Plan.Sysmods.Any(s => s.Id == id)).Order(StringComparer.Ordinal).ToList();

        // A failed IPL stays failed for the rollout: the LPAR grain forgets it once nobody asks for an IPL.
        var ipl = lpar.Ipl == LparIplState.Failed && report.Ipl == LparIplState.None ? LparIplState.Failed : report.Ipl;
        var reason = ipl == report.Ipl ? report.Reason : lpar.IplReason;
        var changed = !active.SequenceEqual(lpar.Active) || lpar.Ipl != ipl || lpar.IplReason != reason;
        lpar.Active = active;
        lpar.Ipl = ipl;
        lpar.IplReason = reason;
        return changed;
    }

    /// <summary>Records a wave's health check: every LPAR asked answered, or which did not and why.</summary>
    public void OnHealth(int wave, IReadOnlyList<string> unhealthy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(unhealthy);
        var work = _state.Waves[wave - 1];
        work.Unhealthy = [.. unhealthy];
        work.HealthyAt = unhealthy.Count == 0 ? now : null;
    }

    private static void OnCheck(ZoneSysmodWork work, ZoneSysmodResult? outcome, bool anyHeld, string? failure, string? why)
    {
        switch (outcome?.Outcome)
        {
            case ZoneSysmodOutcome.Applied:
                work.Status = ZoneSysmodStatus.Checked;
                work.Reason = null;
                break;
            case ZoneSysmodOutcome.AlreadyApplied:
                work.Status = ZoneSysmodStatus.Applied;
                work.Reason = "already in the zone before the rollout";
                break;
            case ZoneSysmodOutcome.Held:
                Hold(work, $"APPLY CHECK: HELD ({outcome.Reason})");
                break;
            case ZoneSysmodOutcome.NotProcessed when anyHeld:
                Hold(work, $"APPLY CHECK: not processed, it needs a SYSMOD that is held{Suffix(outcome.Reason)}");
                break;
            case null when failure is null:
                work.Status = ZoneSysmodStatus.Checked;
                work.Reason = null;
                break;
            default:
                Fail(work, $"APPLY CHECK failed: {why}");
                break;
        }
    }

    private static void OnApply(ZoneSysmodWork work, ZoneSysmodResult? outcome, bool anyHeld, string? why)
    {
        switch (outcome?.Outcome)
        {
            case ZoneSysmodOutcome.Applied:
                work.Status = ZoneSysmodStatus.Applied;
                work.AppliedByRollout = true;
                work.Reason = null;
                break;
            case ZoneSysmodOutcome.AlreadyApplied:
                work.Status = ZoneSysmodStatus.Applied;
                work.Reason = "already in the zone before the rollout";
                break;
            case ZoneSysmodOutcome.Held:
                Hold(work, $"APPLY: HELD ({outcome.Reason})");
                break;
            case ZoneSysmodOutcome.NotProcessed when anyHeld:
                Hold(work, $"APPLY: not processed, it needs a SYSMOD that is held{Suffix(outcome.Reason)}");
                break;
            default:
                Fail(work, $"APPLY failed: {why ?? "APPLY did not report it"}");
                break;
        }
    }

    private static void OnRestore(ZoneWork zone, string id, ZoneSysmodWork work, ZoneSysmodResult? outcome, string? why)
    {
        switch (outcome?.Outcome)
        {
            case ZoneSysmodOutcome.Restored:
                work.Status = ZoneSysmodStatus.Restored;
                work.AppliedByRollout = false;
                work.Reason = null;
                break;
            case ZoneSysmodOutcome.Accepted:
                work.AppliedByRollout = false;
                work.Reason = "ACCEPTed into the DLIB zone, so RESTORE cannot take it out";
                break;
            default:
                work.Reason = $"RESTORE failed: {why ?? "RESTORE did not report it"}";
                zone.Failure = $"RESTORE of {id} failed: {why ?? "RESTORE did not report it"}";
                break;
        }
    }

    /// <summary>Rule 2: when a MULTSYS SYSMOD fails on one member, the group fails as a unit: it is not applied anywhere else and is RESTOREd where it went in.</summary>
    private void FailGroups(ZoneWork zone, DateTimeOffset now)
    {
        foreach (var group in Plan.Groups.Where(g => g.Zones.Contains(zone.ZoneKey, StringComparer.Ordinal) && zone.Sysmods[g.Sysmod].Status == ZoneSysmodStatus.Failed))
        {
            var work = GroupWork(group);
            if (work.Failed)
            {
                continue;
            }

            var where = string.Join(", ", Plan.Zone(zone.ZoneKey).Lpars);
            work.Failed = true;
            work.Reason = $"group {group.Name} failed on {where}: {group.Sysmod} {zone.Sysmods[group.Sysmod].Reason}";
            _state.Audit.Add(new AuditEntry(
                now,
                HoldDecisions.Orchestrator,
                "group-failed",
                $"{work.Reason}; it is RESTOREd on every member where it went in, and no member IPLs onto it",
                null));
            foreach (var member in group.Zones.Select(Zone))
            {
                var sysmod = member.Sysmods[group.Sysmod];
                if (sysmod.Status is ZoneSysmodStatus.Pending or ZoneSysmodStatus.Checked or ZoneSysmodStatus.Held)
                {
                    sysmod.Status = ZoneSysmodStatus.Skipped;
                    sysmod.Reason = $"not applied: {work.Reason}";
                }
            }
        }
    }

    private static void Hold(ZoneSysmodWork work, string reason)
    {
        work.Status = ZoneSysmodStatus.Held;
        work.Reason = reason;
    }

    private static void Fail(ZoneSysmodWork work, string reason)
    {
        work.Status = ZoneSysmodStatus.Failed;
        work.Reason = reason;
    }

    private static string Suffix(string? reason) => reason is null ? string.Empty : $" ({reason})";
}
