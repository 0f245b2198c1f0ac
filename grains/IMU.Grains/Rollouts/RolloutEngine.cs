using IMU.Grains.Models;
using IMU.Smpe.Commands;

namespace IMU.Grains.Rollouts;

/// <summary>
/// A rollout's decisions, as plain code over its durable state: which zone steps start next (waves in
/// order, at most <c>--max-parallel</c> at once, a MULTSYS group as one unit), which LPARs are to be IPLed,
/// when a wave is done and the next may start, and when the rollout stops. The grain records what this
/// decides before it sends anything, and feeds the results back in.
/// </summary>
internal sealed partial class RolloutEngine
{
    /// <summary>How long a wave waits before asking LPARs that failed the health check again.</summary>
    public static readonly TimeSpan HealthRetry = TimeSpan.FromMinutes(1);

    private readonly RolloutGrainState _state;

    public RolloutEngine(RolloutGrainState state)
    {
        ArgumentNullException.ThrowIfNull(state.Plan);
        _state = state;
    }

    private RolloutPlan Plan => _state.Plan!;

    private RolloutRequest Request => Plan.Request;

    /// <summary>A new rollout's state: nothing done, and the decisions taken at create time in the audit.</summary>
    public static RolloutGrainState Create(RolloutPlan plan, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var state = new RolloutGrainState { Plan = plan, Lifecycle = RolloutState.Created };
        foreach (var zone in plan.Zones)
        {
            state.Zones.Add(new ZoneWork
            {
                ZoneKey = zone.ZoneKey,
                Wave = zone.Wave,
                Sysmods = plan.Sysmods.ToDictionary(s => s.Id, _ => new ZoneSysmodWork(), StringComparer.Ordinal),
            });
        }

        foreach (var lpar in plan.Lpars)
        {
            state.Lpars.Add(new LparWork { Lpar = lpar.Lpar, Wave = lpar.Wave, ZoneKey = lpar.ZoneKey });
        }

        foreach (var zone in plan.Zones)
        {
            foreach (var shared in zone.SharedWith.Where(l => state.Lpars.All(w => w.Lpar != l)))
            {
                state.Lpars.Add(new LparWork { Lpar = shared, Wave = zone.Wave, ZoneKey = zone.ZoneKey, Target = false });
            }
        }

        state.Waves.AddRange(plan.Waves.Select((_, i) => new WaveWork { Index = i + 1 }));
        state.Groups.AddRange(plan.Groups.Select(g => new GroupWork { Name = g.Name, Sysmod = g.Sysmod }));
        var request = plan.Request;
        state.Audit.Add(new AuditEntry(
            now,
            request.By,
            "create",
            $"{string.Join(",", request.Sysmods)} on {plan.Lpars.Length} LPAR(s) in {plan.Waves.Length} wave(s); --ipl {(request.Ipl == IplPolicy.Window ? "window" : "none")}, " +
            $"--max-parallel {request.MaxParallel}, --max-failures {request.MaxFailures}" + (request.ApproveWaves ? ", --approve-waves" : string.Empty),
            null));
        foreach (var decision in plan.Sysmods.SelectMany(s => s.Holds).Where(d => d.Resolution != HoldResolution.Unresolved))
        {
            var hold = $"{decision.Hold.Category} hold {decision.Hold.Reason} on {decision.SysmodId}";
            state.Audit.Add(decision.Resolution == HoldResolution.Orchestrator
                ? new AuditEntry(now, HoldDecisions.Orchestrator, "resolve", $"{hold}: the orchestrator {HoldDecisions.ActionOf(decision.Hold, request.Ipl)}", null)
                : new AuditEntry(now, decision.By!, "bypass", $"{hold} bypassed with BYPASS({request.Bypass})", request.Reason));
        }

        return state;
    }

    public RolloutCommandResult Start(OperatorAction action, DateTimeOffset now) =>
        Transition(action, now, "start", [RolloutState.Created], RolloutState.Running, "start takes a CREATED rollout");

    public RolloutCommandResult Pause(OperatorAction action, DateTimeOffset now) =>
        Transition(action, now, "pause", [RolloutState.Running], RolloutState.Paused, "only a RUNNING or WAITING rollout can be paused");

    public RolloutCommandResult Resume(OperatorAction action, DateTimeOffset now) =>
        Transition(action, now, "resume", [RolloutState.Paused], RolloutState.Running, "only a PAUSED rollout can be resumed");

    public RolloutCommandResult Abort(OperatorAction action, DateTimeOffset now) =>
        Transition(action, now, "abort", [RolloutState.Created, RolloutState.Running, RolloutState.Paused], RolloutState.Aborted, "it has already ended");

    /// <summary>Rule 7: RESTORE the rollout's SYSMODs wherever it applied them; a failed restore can be asked for again.</summary>
    public RolloutCommandResult Restore(OperatorAction action, DateTimeOffset now)
    {
        var result = Transition(
            action,
            now,
            "restore",
            [RolloutState.Running, RolloutState.Paused, RolloutState.Completed, RolloutState.Failed, RolloutState.Aborted],
            RolloutState.Restoring,
            "only a rollout that has started and is not restoring or restored can be restored");
        if (result.Accepted)
        {
            foreach (var zone in _state.Zones.Where(z => z.Failure is not null && z.Sysmods.Values.Any(s => s.AppliedByRollout)))
            {
                zone.Failure = null;
            }
        }

        return result;
    }

    /// <summary>With <c>--approve-waves</c>, a wave after the first starts only once someone approved it.</summary>
    public RolloutCommandResult Approve(int wave, OperatorAction action, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(action);
        string? error = null;
        if (!Request.ApproveWaves)
        {
            error = $"rollout {Plan.Name} was created without --approve-waves; its waves start on their own";
        }
        else if (wave < 2 || wave > _state.Waves.Count)
        {
            error = wave == 1
                ? "wave 1 starts with imu rollout start; approvals are for the waves after it"
                : $"rollout {Plan.Name} has waves 1 to {_state.Waves.Count}; there is no wave {wave}";
        }
        else if (_state.Waves[wave - 1].ApprovedBy is { } by)
        {
            error = $"wave {wave} is already approved by {by}";
        }
        else if (IsEnded)
        {
            error = $"rollout {Plan.Name} is {_state.Lifecycle.ToString().ToUpperInvariant()}; there is nothing left to approve";
        }
        else if (WaveStateOf(_state.Waves[wave - 1], now) is var waveState && waveState != WaveState.AwaitingApproval)
        {
            error = $"wave {wave} is {WaveWord(waveState)}, not waiting for approval: {WhyNotAwaitingApproval(wave, now)}";
        }

        if (error is not null)
        {
            return new RolloutCommandResult(false, [error], Status(now).State);
        }

        _state.Waves[wave - 1].ApprovedBy = action.By;
        _state.Audit.Add(new AuditEntry(now, action.By, "approve", $"wave {wave} ({string.Join(",", Plan.Waves[wave - 1])})", action.Reason));
        return new RolloutCommandResult(true, [], Status(now).State);
    }

    /// <summary>Decides what starts now, records it as in flight, and returns it to be sent.</summary>
    public RolloutActions Advance(DateTimeOffset now)
    {
        var actions = new RolloutActions();
        if (_state.Lifecycle == RolloutState.Running)
        {
            StopWhenTooManyFailed(now);
        }

        if (_state.Lifecycle == RolloutState.Running)
        {
            ProgressWaves(now, actions);
        }

        if (_state.Lifecycle == RolloutState.Restoring)
        {
            ProgressRestore(now, actions);
        }

        SyncLpars(actions);
        return actions;
    }

    /// <summary>When the rollout must look again without being told anything (a bake or a health retry ends), or null.</summary>
    public DateTimeOffset? NextWakeUp()
    {
        if (_state.Lifecycle != RolloutState.Running || CurrentWave() is not { DoneAt: { } doneAt } wave || wave.Completed)
        {
            return null;
        }

        var bakeEnd = doneAt + Request.Bake;
        if (wave.HealthRequestedAt is { } asked && wave.Unhealthy.Count > 0)
        {
            var retry = asked + HealthRetry;
            return retry > bakeEnd ? retry : bakeEnd;
        }

        return bakeEnd;
    }

    /// <summary>Forgets what the LPAR grains were told, so the next <see cref="Advance"/> tells them again (after a lost message or a restart).</summary>
    public void ResyncLpars()
    {
        foreach (var lpar in _state.Lpars)
        {
            lpar.NeedsSync = true;
        }
    }

    /// <summary>
    /// The steps recorded as in flight since before <paramref name="startedBefore"/>, to send again after a
    /// restart or a lost notice (the zone grain runs each operation id once and answers again).
    /// </summary>
    public IReadOnlyList<ZoneStep> InFlightSteps(DateTimeOffset startedBefore) =>
        [.. _state.Zones.Where(z => z.InFlight is { } step && step.StartedAt <= startedBefore).Select(z => ToZoneStep(z.ZoneKey, z.InFlight!))];

    /// <summary>Marks an LPAR's view as not delivered, so the next <see cref="Advance"/> sends it again.</summary>
    public void SyncFailed(string lpar) => _state.Lpars.First(l => l.Lpar == lpar).NeedsSync = true;

    /// <summary>The LPARs an IPL was asked of, whose reports the rollout reads again when it may have missed one.</summary>
    public IReadOnlyList<string> LparsWithIpl() => [.. _state.Lpars.Where(l => l.IplOperationId is not null).Select(l => l.Lpar)];

    /// <summary>True while the rollout has work that may continue without a command: steps in flight, or a lifecycle that runs.</summary>
    public bool NeedsReminder =>
        _state.Lifecycle is RolloutState.Running or RolloutState.Restoring || _state.Zones.Any(z => z.InFlight is not null);

    private bool IsEnded => _state.Lifecycle is RolloutState.Completed or RolloutState.Aborted or RolloutState.Restored or RolloutState.Failed or RolloutState.Restoring;

    private RolloutCommandResult Transition(OperatorAction action, DateTimeOffset now, string verb, RolloutState[] from, RolloutState to, string refusal)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (!from.Contains(_state.Lifecycle))
        {
            var state = Status(now).State;
            return new RolloutCommandResult(false, [$"cannot {verb} rollout {Plan.Name}: it is {Word(state)}; {refusal}"], state);
        }

        _state.Lifecycle = to;
        _state.Audit.Add(new AuditEntry(now, action.By, verb, $"rollout {Plan.Name}", action.Reason));
        ResyncLpars();
        return new RolloutCommandResult(true, [], Status(now).State);
    }

    private void StopWhenTooManyFailed(DateTimeOffset now)
    {
        var failed = _state.Lpars.Where(l => l.Target && LparStateOf(l) == LparState.Failed).Select(l => l.Lpar).ToList();
        if (failed.Count <= Request.MaxFailures)
        {
            return;
        }

        _state.Lifecycle = RolloutState.Failed;
        _state.StopReason = $"{failed.Count} LPAR(s) failed ({string.Join(", ", failed)}), more than --max-failures {Request.MaxFailures}; " +
            "steps in flight finish, nothing new starts, untouched LPARs stay untouched";
        _state.Audit.Add(new AuditEntry(now, HoldDecisions.Orchestrator, "stop", _state.StopReason, null));
        ResyncLpars();
    }

    private void ProgressWaves(DateTimeOffset now, RolloutActions actions)
    {
        while (CurrentWave() is { } wave)
        {
            if (!WaveDone(wave))
            {
                StartZoneSteps(wave.Index, now, actions);
                return;
            }

            wave.DoneAt ??= now;
            if (wave.Index == _state.Waves.Count)
            {
                wave.Completed = true;
                break;
            }

            if (now < wave.DoneAt + Request.Bake)
            {
                return;
            }

            if (wave.HealthyAt is null)
            {
                if (wave.HealthRequestedAt is null || (wave.Unhealthy.Count > 0 && now >= wave.HealthRequestedAt + HealthRetry))
                {
                    wave.HealthRequestedAt = now;
                    actions.HealthChecks.Add((wave.Index, [.. WaveLpars(wave.Index).Where(l => LparStateOf(l) != LparState.Failed).Select(l => l.Lpar)]));
                }

                return;
            }

            if (Request.ApproveWaves && _state.Waves[wave.Index].ApprovedBy is null)
            {
                return;
            }

            wave.Completed = true;
        }

        _state.Lifecycle = RolloutState.Completed;
        _state.Audit.Add(new AuditEntry(now, HoldDecisions.Orchestrator, "complete", $"every wave of rollout {Plan.Name} is done", null));
        ResyncLpars();
    }

    private void StartZoneSteps(int wave, DateTimeOffset now, RolloutActions actions)
    {
        var inFlight = _state.Zones.Count(z => z.InFlight is not null);
        foreach (var zone in _state.Zones.Where(z => z.Wave == wave && z.InFlight is null && z.Failure is null))
        {
            if (inFlight >= Request.MaxParallel)
            {
                return;
            }

            if (NextStep(zone) is { } step)
            {
                Send(zone, step.Kind, step.Sysmods, now, actions);
                inFlight++;
            }
        }
    }

    private void ProgressRestore(DateTimeOffset now, RolloutActions actions)
    {
        if (_state.Zones.Any(z => z.InFlight is not null && z.InFlight.Kind != ZoneStepKind.Restore))
        {
            return;
        }

        var inFlight = _state.Zones.Count(z => z.InFlight is not null);
        foreach (var zone in _state.Zones.Where(z => z.InFlight is null && z.Failure is null))
        {
            var applied = zone.Sysmods.Where(s => s.Value.Status == ZoneSysmodStatus.Applied && s.Value.AppliedByRollout).Select(s => s.Key).ToArray();
            if (applied.Length > 0 && inFlight < Request.MaxParallel)
            {
                Send(zone, ZoneStepKind.Restore, applied, now, actions);
                inFlight++;
            }
        }

        if (inFlight > 0 || _state.Zones.Any(z => z.InFlight is not null))
        {
            return;
        }

        var failed = _state.Zones.Where(z => z.Failure is not null).ToList();
        if (failed.Count > 0)
        {
            _state.Lifecycle = RolloutState.Failed;
            _state.StopReason = "RESTORE did not finish: " + string.Join("; ", failed.Select(z => $"{z.ZoneKey}: {z.Failure}")) +
                $"; run imu rollout restore {Plan.Name} again once the cause is fixed";
            _state.Audit.Add(new AuditEntry(now, HoldDecisions.Orchestrator, "stop", _state.StopReason, null));
        }
        else
        {
            _state.Lifecycle = RolloutState.Restored;
            _state.Audit.Add(new AuditEntry(now, HoldDecisions.Orchestrator, "restored", $"the SYSMODs of rollout {Plan.Name} are RESTOREd wherever it applied them", null));
        }

        ResyncLpars();
    }

    /// <summary>The next SMP/E step a zone needs: RECEIVE, then a group restore, then APPLY CHECK, then APPLY of what its groups allow.</summary>
    private (ZoneStepKind Kind, string[] Sysmods)? NextStep(ZoneWork zone)
    {
        if (!zone.Received)
        {
            return (ZoneStepKind.Receive, [.. Plan.Sysmods.Select(s => s.Id)]);
        }

        var restore = zone.Sysmods.Where(s => s.Value.Status == ZoneSysmodStatus.Applied && s.Value.AppliedByRollout && GroupFailed(zone.ZoneKey, s.Key)).Select(s => s.Key).ToArray();
        if (restore.Length > 0)
        {
            return (ZoneStepKind.Restore, restore);
        }

        var pending = zone.Sysmods.Where(s => s.Value.Status == ZoneSysmodStatus.Pending).Select(s => s.Key).ToArray();
        if (pending.Length > 0)
        {
            return (ZoneStepKind.ApplyCheck, pending);
        }

        var ready = zone.Sysmods.Where(s => s.Value.Status == ZoneSysmodStatus.Checked && GroupReady(zone.ZoneKey, s.Key)).Select(s => s.Key).ToArray();
        return ready.Length > 0 ? (ZoneStepKind.Apply, ready) : null;
    }

    private void Send(ZoneWork zone, ZoneStepKind kind, string[] sysmods, DateTimeOffset now, RolloutActions actions)
    {
        var operationId = $"{Plan.Name}/{zone.ZoneKey}/{Word(kind)}/{++_state.OperationCount}";
        zone.InFlight = new ZoneStepWork { OperationId = operationId, Kind = kind, Sysmods = sysmods, StartedAt = now };
        actions.ZoneSteps.Add(ToZoneStep(zone.ZoneKey, zone.InFlight));
    }

    private ZoneStep ToZoneStep(string zoneKey, ZoneStepWork step)
    {
        var install = step.Kind is ZoneStepKind.ApplyCheck or ZoneStepKind.Apply;
        return new ZoneStep
        {
            OperationId = step.OperationId,
            Kind = step.Kind,
            Sysmods = step.Sysmods,
            Bypass = install ? [.. BypassFor(step.Sysmods)] : [],
            GroupExtend = install && Request.GroupExtend,
            Rollout = Plan.Name,
            Zone = zoneKey,
        };
    }

    /// <summary>
    /// The user's BYPASS operands plus, narrowed to the step's SYSMODs, the SYSTEM holds the orchestrator
    /// resolves and the holds bypassed by hold decisions since the rollout was created.
    /// </summary>
    private IReadOnlyList<string> BypassFor(string[] sysmods)
    {
        var user = Request.Bypass is { } text ? BypassOperands.Read(text, "--bypass").Options : BypassOptions.None;
        var narrowed = sysmods
            .SelectMany(id => Plan.Sysmod(id).Holds.Where(d => d.Resolution == HoldResolution.Orchestrator)
                .Concat(_state.Decisions.Where(d => d.SysmodId == id)))
            .Select(d => (d.Hold.Category, d.Hold.Reason, d.SysmodId));
        return BypassWriter.Write(user, narrowed);
    }

    private void SyncLpars(RolloutActions actions)
    {
        foreach (var lpar in _state.Lpars)
        {
            var installed = Zone(lpar.ZoneKey).Sysmods
                .Where(s => s.Value.Status == ZoneSysmodStatus.Applied)
                .Select(s => new InstalledSysmod(s.Key, Plan.Sysmod(s.Key).Activation))
                .ToArray();
            var wantIpl = WantsIpl(lpar, installed);
            if (wantIpl && lpar.IplOperationId is null)
            {
                lpar.IplOperationId = $"{Plan.Name}/{lpar.Lpar}/IPL/{++_state.OperationCount}";
                lpar.NeedsSync = true;
            }
            else if (!wantIpl && lpar.IplOperationId is not null && Staged(lpar, installed).Count == 0)
            {
                lpar.IplOperationId = null;
            }

            LparState? state = lpar.Target ? LparStateOf(lpar) : null;
            if (lpar.NeedsSync || Changed(lpar, installed, wantIpl, state))
            {
                lpar.NeedsSync = false;
                lpar.LastSync = new LparRolloutSync(Plan.Name, installed, wantIpl, wantIpl ? lpar.IplOperationId : null, state);
                actions.LparSyncs.Add((lpar.Lpar, lpar.LastSync));
            }
        }
    }

    private static bool Changed(LparWork lpar, InstalledSysmod[] installed, bool wantIpl, LparState? state) =>
        lpar.LastSync is not { } last || last.WantIpl != wantIpl || last.State != state || !last.Installed.SequenceEqual(installed);

    /// <summary>Rules 2 and 4: IPL an LPAR in its own wave, with <c>--ipl window</c>, once every member of each MULTSYS group of its staged SYSMODs has them staged.</summary>
    private bool WantsIpl(LparWork lpar, InstalledSysmod[] installed)
    {
        if (!lpar.Target || Request.Ipl != IplPolicy.Window || _state.Lifecycle != RolloutState.Running || lpar.Ipl == LparIplState.Failed)
        {
            return false;
        }

        if (CurrentWave() is not { } wave || lpar.Wave > wave.Index)
        {
            return false;
        }

        var staged = Staged(lpar, installed);
        return staged.Count > 0 && staged.All(id => GroupWaitReason(lpar.ZoneKey, id) is null);
    }

    private static List<string> Staged(LparWork lpar, InstalledSysmod[] installed) =>
        [.. installed.Where(s => s.Activation == SysmodActivation.Ipl && !lpar.Active.Contains(s.Id)).Select(s => s.Id)];

    private WaveWork? CurrentWave() => _state.Waves.FirstOrDefault(w => !w.Completed);

    private bool WaveDone(WaveWork wave) =>
        _state.Zones.Where(z => z.Wave == wave.Index).All(z => z.InFlight is null) &&
        WaveLpars(wave.Index).All(LparDone);

    private IEnumerable<LparWork> WaveLpars(int wave) => _state.Lpars.Where(l => l.Target && l.Wave == wave);

    private bool LparDone(LparWork lpar)
    {
        var zone = Zone(lpar.ZoneKey);
        if (zone.Sysmods.Any(s => s.Value.Status == ZoneSysmodStatus.Applied && s.Value.AppliedByRollout && GroupFailed(zone.ZoneKey, s.Key)))
        {
            return false;
        }

        return LparStateOf(lpar) switch
        {
            LparState.Failed or LparState.Applied or LparState.Active or LparState.Restored or LparState.Skipped => true,
            LparState.Staged => Request.Ipl == IplPolicy.None,
            _ => false,
        };
    }

    private ZoneWork Zone(string zoneKey) => _state.Zones.First(z => z.ZoneKey == zoneKey);

    private IEnumerable<PlannedGroup> GroupsOf(string zoneKey, string sysmod) =>
        Plan.Groups.Where(g => g.Sysmod == sysmod && g.Zones.Contains(zoneKey, StringComparer.Ordinal));

    private GroupWork GroupWork(PlannedGroup group) => _state.Groups.First(g => g.Name == group.Name && g.Sysmod == group.Sysmod);

    private bool GroupFailed(string zoneKey, string sysmod) => GroupsOf(zoneKey, sysmod).Any(g => GroupWork(g).Failed);

    /// <summary>Rule 2: a MULTSYS SYSMOD is APPLYed only once APPLY CHECK passed on every member's zone.</summary>
    private bool GroupReady(string zoneKey, string sysmod) => GroupsOf(zoneKey, sysmod).All(g =>
        !GroupWork(g).Failed &&
        g.Zones.All(z => Zone(z).Sysmods[sysmod].Status is ZoneSysmodStatus.Checked or ZoneSysmodStatus.Applied));

    /// <summary>Why an LPAR may not IPL onto a staged MULTSYS SYSMOD yet (not every member has it staged), or null.</summary>
    private string? GroupWaitReason(string zoneKey, string sysmod)
    {
        foreach (var group in GroupsOf(zoneKey, sysmod))
        {
            if (GroupWork(group).Failed)
            {
                return $"group {group.Name} failed for {sysmod}; it is RESTOREd before any member IPLs";
            }

            var missing = group.Zones.Where(z => Zone(z).Sysmods[sysmod].Status != ZoneSysmodStatus.Applied).ToList();
            if (missing.Count > 0)
            {
                return $"no member of group {group.Name} IPLs onto {sysmod} before every member has it staged (not yet: {string.Join(", ", missing)})";
            }
        }

        return null;
    }

    private static string Word(ZoneStepKind kind) => kind switch
    {
        ZoneStepKind.Receive => "RECEIVE",
        ZoneStepKind.ApplyCheck => "APPLYCHECK",
        ZoneStepKind.Apply => "APPLY",
        _ => "RESTORE",
    };

    private static string Word(RolloutState state) => state.ToString().ToUpperInvariant();

    private static string WaveWord(WaveState state) => state == WaveState.AwaitingApproval ? "AWAITING_APPROVAL" : state.ToString().ToUpperInvariant();

    /// <summary>Why wave <paramref name="wave"/> cannot be approved yet, in the words of the gate before it.</summary>
    private string WhyNotAwaitingApproval(int wave, DateTimeOffset now)
    {
        var before = _state.Waves[wave - 2];
        if (_state.Lifecycle == RolloutState.Created)
        {
            return $"rollout {Plan.Name} has not started";
        }

        if (CurrentWave() is { } current && current.Index < before.Index)
        {
            return $"wave {current.Index} is not done yet";
        }

        if (before.DoneAt is not { } doneAt)
        {
            return $"the LPARs of wave {before.Index} are not done yet";
        }

        if (now < doneAt + Request.Bake)
        {
            return $"wave {before.Index} bakes until {Fleet.Iso8601.Format(doneAt + Request.Bake)}";
        }

        return $"the LPARs of wave {before.Index} have not answered the health check yet";
    }
}
