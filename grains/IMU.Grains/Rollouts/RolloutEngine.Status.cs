using IMU.Grains.Fleet;
using IMU.Grains.Models;

namespace IMU.Grains.Rollouts;

/// <summary>Deriving what <c>rollout status</c> shows from the durable state: LPAR, SYSMOD, wave and group states, and the reasons.</summary>
internal sealed partial class RolloutEngine
{
    public RolloutStatus Status(DateTimeOffset now)
    {
        var lpars = _state.Lpars.Where(l => l.Target).Select(l => Progress(l, now)).ToArray();
        var state = StateOf();
        var reasons = Reasons(now).ToList();
        if (state == RolloutState.Waiting && reasons.Count == 0)
        {
            // Never WAITING without a word: name each LPAR the current wave still waits for, with what it says.
            reasons.AddRange(lpars.Where(l => l.State is not (LparState.Applied or LparState.Active or LparState.Failed or LparState.Skipped or LparState.Restored))
                .Select(l => $"{l.Lpar} is {Word(l.State)}" + (l.Reasons.Length > 0 ? $": {string.Join("; ", l.Reasons)}" : string.Empty)));
        }

        return new RolloutStatus(
            Plan.Name,
            state,
            [.. Plan.Sysmods.Select(s => s.Id)],
            [.. _state.Waves.Select(w => new WaveProgress(w.Index, WaveStateOf(w, now), Plan.Waves[w.Index - 1]))],
            lpars,
            [.. Plan.Groups.Select(g => new GroupProgress(g.Name, g.Sysmod, GroupStateOf(g)))],
            [.. _state.Audit],
            [.. reasons]);
    }

    /// <summary>The state of one SYSMOD on one LPAR.</summary>
    public LparState SysmodStateOf(LparWork lpar, string id)
    {
        var work = Zone(lpar.ZoneKey).Sysmods[id];
        return work.Status switch
        {
            ZoneSysmodStatus.Pending => Stopped ? LparState.Skipped : LparState.Pending,
            ZoneSysmodStatus.Checked => LparState.Checked,
            ZoneSysmodStatus.Held => LparState.Held,
            ZoneSysmodStatus.Failed => LparState.Failed,
            ZoneSysmodStatus.Skipped => LparState.Skipped,
            ZoneSysmodStatus.Restored => LparState.Restored,
            _ when Plan.Sysmod(id).Activation != SysmodActivation.Ipl => LparState.Applied,
            _ => lpar.Active.Contains(id) ? LparState.Active : LparState.Staged,
        };
    }

    /// <summary>
    /// An LPAR's state from its SYSMODs' states: the worst that needs attention (FAILED, then HELD), else the
    /// least advanced step; SYSMODs its MULTSYS group kept out (SKIPPED, RESTORED) count only when nothing else is left.
    /// </summary>
    public LparState LparStateOf(LparWork lpar)
    {
        var states = Plan.Sysmods.Select(s => SysmodStateOf(lpar, s.Id)).ToList();
        if (lpar.Ipl == LparIplState.Failed || states.Contains(LparState.Failed))
        {
            return LparState.Failed;
        }

        if (states.Contains(LparState.Held))
        {
            return LparState.Held;
        }

        var relevant = states.Where(s => s is not (LparState.Skipped or LparState.Restored)).ToList();
        if (relevant.Count == 0)
        {
            return states.Contains(LparState.Restored) ? LparState.Restored : LparState.Skipped;
        }

        foreach (var state in new[] { LparState.Pending, LparState.Checked, LparState.Staged, LparState.Active })
        {
            if (relevant.Contains(state))
            {
                return state;
            }
        }

        return LparState.Applied;
    }

    private bool Stopped => _state.Lifecycle is RolloutState.Aborted or RolloutState.Failed or RolloutState.Restoring or RolloutState.Restored;

    private RolloutState StateOf()
    {
        if (_state.Lifecycle != RolloutState.Running)
        {
            return _state.Lifecycle;
        }

        var busy = _state.Zones.Any(z => z.InFlight is not null) || _state.Lpars.Any(l => l.Ipl == LparIplState.InProgress);
        var wave = CurrentWave();
        var startable = wave is not null && !WaveDone(wave) &&
            _state.Zones.Any(z => z.Wave == wave.Index && z.Failure is null && NextStep(z) is not null);
        return busy || startable ? RolloutState.Running : RolloutState.Waiting;
    }

    /// <summary>
    /// A wave's state. The wave before one that needs an approval shows COMPLETED once it is done, baked and
    /// healthy, and the wave it lets start shows AWAITING_APPROVAL: the one state <c>rollout approve</c> takes.
    /// </summary>
    private WaveState WaveStateOf(WaveWork wave, DateTimeOffset now)
    {
        if (wave.Completed)
        {
            return WaveState.Completed;
        }

        var current = CurrentWave();
        if (current is null || wave.Index > current.Index)
        {
            if (current is not null && wave.Index == current.Index + 1 && AwaitsApproval(current, now))
            {
                return WaveState.AwaitingApproval;
            }

            return Stopped || _state.Lifecycle == RolloutState.Completed ? WaveState.Skipped : WaveState.Pending;
        }

        if (_state.Lifecycle == RolloutState.Created)
        {
            return WaveState.Pending;
        }

        if (!WaveDone(wave))
        {
            return WaveState.Running;
        }

        return _state.Lifecycle == RolloutState.Running && !AwaitsApproval(wave, now) ? WaveState.Waiting : WaveState.Completed;
    }

    /// <summary>True when <paramref name="wave"/> passed every gate but the approval of the wave after it.</summary>
    private bool AwaitsApproval(WaveWork wave, DateTimeOffset now) =>
        Request.ApproveWaves &&
        _state.Lifecycle is RolloutState.Running or RolloutState.Paused &&
        wave.Index < _state.Waves.Count &&
        _state.Waves[wave.Index].ApprovedBy is null &&
        wave.DoneAt is { } doneAt && now >= doneAt + Request.Bake &&
        wave.HealthyAt is not null;

    private LparState GroupStateOf(PlannedGroup group)
    {
        if (GroupWork(group).Failed)
        {
            return LparState.Failed;
        }

        var members = group.Members.Select(m => _state.Lpars.First(l => l.Lpar == m)).Select(l => SysmodStateOf(l, group.Sysmod)).ToList();
        foreach (var state in new[] { LparState.Held, LparState.Pending, LparState.Checked, LparState.Restored, LparState.Staged, LparState.Applied })
        {
            if (members.Contains(state))
            {
                return state;
            }
        }

        return members.All(s => s == LparState.Skipped) ? LparState.Skipped : LparState.Active;
    }

    private LparProgress Progress(LparWork lpar, DateTimeOffset now)
    {
        var zone = Zone(lpar.ZoneKey);
        var sysmods = Plan.Sysmods
            .Select(s => new SysmodProgress(s.Id, SysmodStateOf(lpar, s.Id), s.Activation, [.. HoldsOf(s).Select(h => h.ToStatus())]))
            .ToArray();
        var reasons = new List<string>();
        if (zone.Failure is not null)
        {
            reasons.Add($"{zone.ZoneKey}: {zone.Failure}");
        }

        foreach (var (id, work) in zone.Sysmods.Where(s => s.Value.Reason is not null || s.Value.Status == ZoneSysmodStatus.Held))
        {
            reasons.Add($"{id}: {SysmodReason(id, work)}");
        }

        if (lpar.IplReason is not null && (lpar.Ipl != LparIplState.None || SysmodsStaged(lpar)))
        {
            reasons.Add($"IPL: {lpar.IplReason}");
        }

        foreach (var id in zone.Sysmods.Where(s => s.Value.Status == ZoneSysmodStatus.Checked).Select(s => s.Key))
        {
            if (GroupsOf(zone.ZoneKey, id).FirstOrDefault(g => !GroupReady(zone.ZoneKey, id)) is { } group)
            {
                reasons.Add($"{id}: waits until APPLY CHECK passed on every member of group {group.Name}");
            }
        }

        if (Request.Ipl == IplPolicy.Window)
        {
            foreach (var id in sysmods.Where(s => s.Status == LparState.Staged).Select(s => s.Id))
            {
                if (GroupWaitReason(zone.ZoneKey, id) is { } wait)
                {
                    reasons.Add($"{id}: {wait}");
                }
            }
        }

        var state = LparStateOf(lpar);
        if (state is LparState.Pending or LparState.Checked && zone.Failure is null && WhyNotStarted(zone, now) is { } why)
        {
            reasons.Add(why);
        }

        return new LparProgress(lpar.Lpar, state, sysmods, [.. reasons]);
    }

    /// <summary>A SYSMOD's reason on an LPAR: a HELD one names its holds that wait for a decision.</summary>
    private string SysmodReason(string id, ZoneSysmodWork work)
    {
        if (work.Status != ZoneSysmodStatus.Held)
        {
            return work.Reason!;
        }

        var unresolved = HoldsOf(Plan.Sysmod(id)).Where(h => h.Resolution == HoldResolution.Unresolved).Select(h => $"{h.Hold.Category} {h.Hold.Reason}").ToList();
        return unresolved.Count > 0 ? $"held for {string.Join(", ", unresolved)}; waiting for a hold decision" : work.Reason ?? "held by APPLY CHECK";
    }

    /// <summary>Why an LPAR whose SYSMODs are not applied yet has nothing running: an earlier wave, an approval, a free SMP/E slot, a step in flight.</summary>
    private string? WhyNotStarted(ZoneWork zone, DateTimeOffset now)
    {
        if (_state.Lifecycle is not (RolloutState.Running or RolloutState.Paused) || CurrentWave() is not { } current)
        {
            return null;
        }

        if (zone.InFlight is { } step)
        {
            return $"{(step.Kind == ZoneStepKind.ApplyCheck ? "APPLY CHECK" : Word(step.Kind))} running since {Iso8601.Format(step.StartedAt)}";
        }

        if (zone.Wave > current.Index)
        {
            return WaveStateOf(_state.Waves[zone.Wave - 1], now) == WaveState.AwaitingApproval
                ? $"waiting for approval of wave {zone.Wave}"
                : $"waiting for wave {current.Index} to finish";
        }

        return _state.Lifecycle == RolloutState.Running && NextStep(zone) is not null
            ? $"waiting for a free SMP/E slot (--max-parallel {Request.MaxParallel})"
            : null;
    }

    private bool SysmodsStaged(LparWork lpar) => Plan.Sysmods.Any(s => SysmodStateOf(lpar, s.Id) == LparState.Staged);

    private IEnumerable<string> Reasons(DateTimeOffset now)
    {
        switch (_state.Lifecycle)
        {
            case RolloutState.Created:
                yield return $"created; start it with imu rollout start {Plan.Name}";
                yield break;
            case RolloutState.Paused:
                yield return $"paused by {LastBy("pause")}: steps in flight finish, nothing new starts; imu rollout resume {Plan.Name} continues";
                yield break;
            case RolloutState.Aborted:
                yield return $"aborted by {LastBy("abort")}: what was applied stays applied";
                yield break;
            case RolloutState.Failed:
                yield return _state.StopReason ?? "failed";
                yield break;
            case RolloutState.Running:
                break;
            default:
                foreach (var zone in _state.Zones.Where(z => z.Failure is not null))
                {
                    yield return $"{zone.ZoneKey}: {zone.Failure}";
                }

                yield break;
        }

        foreach (var held in HeldSysmods())
        {
            yield return held;
        }

        foreach (var group in _state.Groups.Where(g => g.Failed))
        {
            yield return $"{group.Reason}; {group.Sysmod} is RESTOREd on every member where it went in, and no member IPLs onto it";
        }

        if (CurrentWave() is not { } wave)
        {
            yield break;
        }

        foreach (var lpar in WaveLpars(wave.Index).Where(l => l.Ipl == LparIplState.Scheduled && l.IplReason is not null))
        {
            yield return $"{lpar.Lpar}: {lpar.IplReason}";
        }

        if (wave.DoneAt is not { } doneAt)
        {
            yield break;
        }

        if (now < doneAt + Request.Bake)
        {
            yield return $"wave {wave.Index} is done; baking until {Iso8601.Format(doneAt + Request.Bake)}";
        }
        else if (wave.HealthyAt is null && wave.Unhealthy.Count > 0)
        {
            yield return $"wave {wave.Index}: the health check failed ({string.Join("; ", wave.Unhealthy)}); asking again every {Iso8601.Format(HealthRetry)}";
        }
        else if (wave.HealthyAt is null)
        {
            yield return $"wave {wave.Index}: waiting for its LPARs to answer the health check";
        }
        else if (Request.ApproveWaves && wave.Index < _state.Waves.Count && _state.Waves[wave.Index].ApprovedBy is null)
        {
            yield return $"waiting for approval of wave {wave.Index + 1}: imu rollout approve {Plan.Name} --wave {wave.Index + 1}";
        }
    }

    /// <summary>Rule 1: a held SYSMOD is named with its hold and every LPAR it holds, and the rollout waits for a decision.</summary>
    private IEnumerable<string> HeldSysmods()
    {
        foreach (var sysmod in Plan.Sysmods)
        {
            var held = _state.Lpars.Where(l => l.Target && SysmodStateOf(l, sysmod.Id) == LparState.Held).Select(l => l.Lpar).ToList();
            if (held.Count == 0)
            {
                continue;
            }

            var unresolved = HoldsOf(sysmod).Where(h => h.Resolution == HoldResolution.Unresolved).Select(h => $"{h.Hold.Category} {h.Hold.Reason}").ToList();
            var what = unresolved.Count > 0 ? string.Join(", ", unresolved) : HeldReason(sysmod.Id);
            yield return $"{sysmod.Id} is HELD ({what}) on {string.Join(", ", held)}: waiting for a decision " +
                "(a hold decision: BYPASS operands for it with a reason; or a ++RELEASE in new HOLDDATA)";
        }
    }

    private string HeldReason(string id) =>
        _state.Zones.Select(z => z.Sysmods[id]).FirstOrDefault(s => s.Status == ZoneSysmodStatus.Held)?.Reason ?? "see APPLY CHECK";

    private string LastBy(string action) => _state.Audit.LastOrDefault(a => a.Action == action)?.By ?? HoldDecisions.Orchestrator;
}
