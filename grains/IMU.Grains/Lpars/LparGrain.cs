using IMU.Grains.Models;
using IMU.Grains.Persistence;
using IMU.Zosmf;
using IMU.Zosmf.Results;
using Microsoft.Extensions.Logging;

namespace IMU.Grains.Lpars;

/// <summary>
/// One LPAR. Rollouts tell it which of their SYSMODs are in the zone it IPLs from; IPL-class ones are
/// staged here until an IPL after they went in, the others are active at once (rule 3). When a rollout
/// asks, it IPLs through the HMC at the start of its next usable IPL window, never outside it and never
/// later than the window's end minus the expected IPL time (rule 4); a durable reminder brings it back
/// for the window after a restart. It also watches <c>D IPLINFO</c> for an IPL done by anyone.
/// </summary>
public sealed partial class LparGrain(
    [PersistentState("lpar")] IPersistentState<LparGrainState> state,
    LparAgents agents,
    TimeProvider time,
    ILogger<LparGrain> logger) : Grain, ILparGrain, IRemindable
{
    /// <summary>Kept while an IPL is asked for or something is staged: it re-arms the window after a restart and watches for IPLs.</summary>
    private const string WatchReminder = "ipl-watch";

    private static readonly TimeSpan s_watchPeriod = TimeSpan.FromMinutes(5);

    /// <summary>How long to wait before loading again after a load that did not get through.</summary>
    private static readonly TimeSpan s_iplRetry = TimeSpan.FromMinutes(1);

    /// <summary>Tries of one IPL before it counts as failed.</summary>
    private const int MaxIplAttempts = 3;

    private readonly StateWriter<LparGrainState> _writer = new(state);
    private Task? _work;
    private bool _workAgain;
    private IGrainTimer? _windowTimer;
    private bool? _watching;
    private bool _watchDue;
    private bool _loadSent;

    private LparGrainState State => state.State;

    private string Name => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        EnsureWork();
        return Task.CompletedTask;
    }

    public async Task ConfigureAsync(LparDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        State.Definition = definition;
        await SaveAsync();
        EnsureWork();
    }

    public Task<LparDefinition?> GetDefinitionAsync() => Task.FromResult(State.Definition);

    public Task<LparView> ShowAsync()
    {
        var definition = State.Definition;
        return Task.FromResult(new LparView
        {
            Lpar = Name,
            Zone = definition?.ZoneKey ?? string.Empty,
            Sysplex = definition?.Sysplex,
            NeedsIpl = NeedsIpl,
            LastIpl = State.LastIpl,
            NextIplWindow = NextIplWindow(),
            Staged = [.. State.Sysmods.Where(s => s.Staged).Select(s => new StagedSysmod(s.Id, s.Rollout))],
            Active = [.. State.Sysmods.Where(s => !s.Staged).Select(s => new ActiveSysmod(s.Id))],
            Ipl = State.Ipl?.State ?? LparIplState.None,
            Reasons = State.Ipl?.Reason is { } reason ? [reason] : definition is null ? ["not declared in the fleet; imu fleet apply declares it"] : [],
        });
    }

    public Task<FleetLparSummary> GetSummaryAsync()
    {
        var latest = State.Rollouts.Values.Where(r => r.State is not null).OrderByDescending(r => r.At).FirstOrDefault()?.State;
        var lparState = NeedsIpl ? LparState.Staged
            : latest is LparState.Pending or LparState.Checked or LparState.Held or LparState.Failed ? latest.Value
            : LparState.Active;
        return Task.FromResult(new FleetLparSummary(Name, State.Definition?.Sysplex ?? string.Empty, State.Definition?.ZoneKey ?? string.Empty, lparState, NeedsIpl, NextIplWindow()));
    }

    public async Task<LparRolloutReport> SyncRolloutAsync(LparRolloutSync sync)
    {
        ArgumentNullException.ThrowIfNull(sync);
        var now = time.GetUtcNow();
        State.Rollouts[sync.Rollout] = new LparRolloutRecord { Installed = sync.Installed, WantIpl = sync.WantIpl, IplOperationId = sync.IplOperationId, State = sync.State, At = now };
        var changes = Install(sync.Rollout, sync.Installed, now);
        PlanIpl();
        await SaveAsync();
        await RecordAsync(changes);
        EnsureWork();
        return Report(sync.Rollout);
    }

    public Task<LparRolloutReport> GetRolloutReportAsync(string rollout) => Task.FromResult(Report(rollout));

    public async Task<HealthResult> CheckHealthAsync()
    {
        if (State.Definition is not { } definition)
        {
            return new HealthResult(Name, false, "not declared in the fleet");
        }

        try
        {
            var agent = agents.For(definition);
            if (definition.Hmc is not null && await agent.GetLparStatusAsync() is { IsOperating: false } status)
            {
                return new HealthResult(Name, false, $"the HMC shows it {status.Status}");
            }

            await SeeIplAsync(await agent.GetIplInfoAsync());
            return new HealthResult(Name, true, null);
        }
        catch (LparAgentException e)
        {
            return new HealthResult(Name, false, e.Message);
        }
    }

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        _watchDue = true;
        EnsureWork();
        return Task.CompletedTask;
    }

    private bool NeedsIpl => State.Sysmods.Any(s => s.Staged);

    private DateTimeOffset? NextIplWindow() => State.Definition is { } d
        ? IplWindowSchedule.Next(d.IplWindows, time.GetUtcNow(), d.ExpectedIplTime)?.WindowStart
        : null;

    /// <summary>Stages or activates what the rollout has in the zone; what it no longer has (restored) goes.</summary>
    private List<(string Sysmod, PlacementKind Kind, string Rollout)> Install(string rollout, InstalledSysmod[] installed, DateTimeOffset now)
    {
        var changes = new List<(string, PlacementKind, string)>();
        foreach (var sysmod in installed.Where(i => State.Sysmods.All(s => s.Id != i.Id)))
        {
            var staged = sysmod.Activation == SysmodActivation.Ipl;
            State.Sysmods.Add(new LparSysmodEntry { Id = sysmod.Id, Rollout = rollout, Staged = staged, Since = now, IplBefore = State.LastIpl });
            changes.Add((sysmod.Id, staged ? PlacementKind.Staged : PlacementKind.Active, rollout));
        }

        foreach (var gone in State.Sysmods.Where(s => s.Rollout == rollout && installed.All(i => i.Id != s.Id)).ToList())
        {
            State.Sysmods.Remove(gone);
            changes.Add((gone.Id, PlacementKind.Removed, rollout));
        }

        return changes;
    }

    /// <summary>An IPL is asked for while some rollout wants one and something is staged; a scheduled one is called off otherwise.</summary>
    private void PlanIpl()
    {
        var wanting = State.Rollouts.Where(r => r.Value.WantIpl && r.Value.IplOperationId is not null).OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
        if (wanting.Count == 0 || !NeedsIpl)
        {
            if (State.Ipl is { State: LparIplState.Scheduled } || (State.Ipl is { State: LparIplState.Failed } && wanting.Count == 0))
            {
                State.Ipl = null;
            }

            return;
        }

        if (State.Ipl is null || (State.Ipl.State == LparIplState.Failed && wanting.All(w => w.Value.IplOperationId != State.Ipl.OperationId)))
        {
            State.Ipl = new LparIplRun { OperationId = wanting[0].Value.IplOperationId!, State = LparIplState.Scheduled };
        }

        State.Ipl.Rollouts = [.. State.Ipl.Rollouts.Union(wanting.Select(w => w.Key), StringComparer.Ordinal)];
    }

    private LparRolloutReport Report(string rollout)
    {
        var installed = State.Rollouts.TryGetValue(rollout, out var record) ? record.Installed : [];
        var active = State.Sysmods.Where(s => !s.Staged && installed.Any(i => i.Id == s.Id)).Select(s => s.Id).ToArray();
        var run = State.Ipl is { } ipl && ipl.Rollouts.Contains(rollout) ? ipl : null;
        return new LparRolloutReport(Name, rollout, active, run?.State ?? LparIplState.None, run?.Reason);
    }

    private Task SaveAsync() => _writer.WriteAsync();

    private void EnsureWork()
    {
        if (_work is { IsCompleted: false })
        {
            _workAgain = true;
            return;
        }

        _work = WorkAsync();
    }

    private async Task WorkAsync()
    {
        do
        {
            _workAgain = false;
            var watching = UpdateWatchAsync();
            if (State.Definition is not { } definition)
            {
                await watching;
                return;
            }

            try
            {
                // D IPLINFO is read when a staged change needs its "IPL before" time, and on each watch tick.
                if (NeedsIpl && State.Ipl is not { State: LparIplState.InProgress } && (_watchDue || State.Sysmods.Any(s => s.Staged && s.IplBefore is null)))
                {
                    _watchDue = false;
                    await SeeIplAsync(await agents.For(definition).GetIplInfoAsync());
                }
            }
            catch (LparAgentException e)
            {
                // The IPL below still waits for its window and says so; the next watch tick reads D IPLINFO again.
                LogSystemNotAnswering(Name, e.Message);
            }

            try
            {
                if (State.Ipl is { State: LparIplState.Scheduled or LparIplState.InProgress })
                {
                    await IplAsync(definition);
                }
            }
            catch (LparAgentException e)
            {
                LogSystemNotAnswering(Name, e.Message);
            }

            await watching;
        }
        while (_workAgain);
    }

    /// <summary>Rule 4: IPL inside a usable window only; otherwise say what it waits for and wake up when the window opens.</summary>
    private async Task IplAsync(LparDefinition definition)
    {
        var run = State.Ipl!;
        var agent = agents.For(definition);
        if (run.State == LparIplState.InProgress && !_loadSent)
        {
            // Found in progress by a new activation: the load may have happened before the silo went down.
            var seen = await agent.GetIplInfoAsync();
            if (run.IplBefore is { } before && seen.IplTime > before)
            {
                await IplDoneAsync(run, seen);
                return;
            }
        }

        if (run.State == LparIplState.Scheduled)
        {
            var now = time.GetUtcNow();
            var slot = IplWindowSchedule.Next(definition.IplWindows, now, definition.ExpectedIplTime);
            if (run.RetryAt is { } retryAt && retryAt > now && slot is not null && slot.Allows(now))
            {
                _windowTimer?.Dispose();
                _windowTimer = this.RegisterGrainTimer(_ => { EnsureWork(); return Task.CompletedTask; }, new GrainTimerCreationOptions(retryAt - now, Timeout.InfiniteTimeSpan));
                return;
            }

            if (definition.Hmc is null || slot is null || !slot.Allows(now))
            {
                var reason = definition.Hmc is null
                    ? "the fleet file gives it no HMC, so the orchestrator cannot IPL it; it becomes active when D IPLINFO shows an IPL"
                    : IplWindowSchedule.WhyWaiting(definition.IplWindows, now, definition.ExpectedIplTime);
                if (slot is not null && definition.Hmc is not null)
                {
                    _windowTimer?.Dispose();
                    _windowTimer = this.RegisterGrainTimer(_ => { EnsureWork(); return Task.CompletedTask; }, new GrainTimerCreationOptions(slot.At - now, Timeout.InfiniteTimeSpan));
                }

                if (run.Reason != reason)
                {
                    run.Reason = reason;
                    await SaveAsync();
                    NotifyRollouts(run.Rollouts);
                }

                return;
            }

            run.State = LparIplState.InProgress;
            run.LoadStartedAt = now;
            run.IplBefore = State.LastIpl;
            run.Reason = $"IPL started at {Fleet.Iso8601.Format(now)} in the window that opened at {Fleet.Iso8601.Format(slot.WindowStart)}";
            await SaveAsync();
            NotifyRollouts(run.Rollouts);
        }

        try
        {
            // Sent again under the same operation id (a watch tick after a failure to reach the system), the
            // agent follows the load it started; after a restart, the D IPLINFO check above decides first.
            LogIpl(Name, run.OperationId);
            _loadSent = true;
            await IplDoneAsync(run, await agent.IplAsync(null, run.OperationId));
        }
        catch (LparAgentException e) when (MayCompleteOnRetry(e) && run.Attempts + 1 < MaxIplAttempts)
        {
            // Tried again under the same operation id, after a pause and only inside a usable window: the
            // agent loads again only a load it forgot (refused, or no trace of it), and follows any other.
            run.Attempts++;
            run.State = LparIplState.Scheduled;
            run.RetryAt = time.GetUtcNow() + s_iplRetry;
            run.Reason = $"the IPL did not complete ({e.Message.TrimEnd('.')}); trying again at {Fleet.Iso8601.Format(run.RetryAt.Value)} if the window still allows (attempt {run.Attempts + 1} of {MaxIplAttempts})";
            _loadSent = false;
            await SaveAsync();
            NotifyRollouts(run.Rollouts);
            EnsureWork();
        }
        catch (LparAgentException e) when (e.Kind is not (LparAgentErrorKind.Unreachable or LparAgentErrorKind.Timeout or LparAgentErrorKind.CircuitOpen))
        {
            run.State = LparIplState.Failed;
            run.Reason = $"the IPL failed: {e.Message.TrimEnd('.')}; the changes stay staged";
            await SaveAsync();
            NotifyRollouts(run.Rollouts);
        }
    }

    /// <summary>An IPL that may complete when tried again: the HMC refused the load with a server error, or no IPL showed within the agent's bound.</summary>
    private static bool MayCompleteOnRetry(LparAgentException e) =>
        (e.Kind == LparAgentErrorKind.HttpError && e.HttpStatus >= 500) || e.Kind == LparAgentErrorKind.NotFinished;

    private async Task IplDoneAsync(LparIplRun run, IplInfo info)
    {
        State.LastIpl = info.IplTime;
        var changes = Activate(s => run.LoadStartedAt is not { } started || s.Since <= started);
        State.Ipl = null;
        await SaveAsync();
        await RecordAsync(changes);
        NotifyRollouts(run.Rollouts.Concat(changes.Select(c => c.Rollout)).Distinct(StringComparer.Ordinal));
    }

    /// <summary>Rule 4 with <c>--ipl none</c>: an IPL by anyone, later than when a change was staged, makes it active.</summary>
    private async Task SeeIplAsync(IplInfo info)
    {
        var previous = State.LastIpl;
        foreach (var entry in State.Sysmods.Where(s => s.Staged && s.IplBefore is null))
        {
            entry.IplBefore = previous ?? info.IplTime;
        }

        State.LastIpl = info.IplTime;
        var changes = previous is { } before && info.IplTime > before
            ? Activate(s => s.IplBefore is { } staged && info.IplTime > staged)
            : [];
        if (previous != info.IplTime || changes.Count > 0)
        {
            await SaveAsync();
            await RecordAsync(changes);
            NotifyRollouts(changes.Select(c => c.Rollout).Distinct(StringComparer.Ordinal));
        }
    }

    private List<(string Sysmod, PlacementKind Kind, string Rollout)> Activate(Func<LparSysmodEntry, bool> ipledOnto)
    {
        var now = time.GetUtcNow();
        var changes = new List<(string, PlacementKind, string)>();
        foreach (var entry in State.Sysmods.Where(s => s.Staged && ipledOnto(s)))
        {
            entry.Staged = false;
            entry.Since = now;
            changes.Add((entry.Id, PlacementKind.Active, entry.Rollout));
        }

        return changes;
    }

    private async Task RecordAsync(List<(string Sysmod, PlacementKind Kind, string Rollout)> changes)
    {
        var now = time.GetUtcNow();
        foreach (var (sysmod, kind, rollout) in changes)
        {
            try
            {
                await GrainFactory.GetGrain<ISysmodGrain>(sysmod).RecordAsync(new SysmodPlacementChange(kind, Name, rollout, now));
            }
            catch (TimeoutException e)
            {
                LogPlacementLost(e, sysmod, Name);
            }
        }
    }

    private void NotifyRollouts(IEnumerable<string> rollouts)
    {
        foreach (var rollout in rollouts)
        {
            _ = GrainFactory.GetGrain<IRolloutGrain>(rollout).OnLparReportAsync(Report(rollout));
        }
    }

    private async Task UpdateWatchAsync()
    {
        var watch = NeedsIpl || State.Ipl is { State: LparIplState.Scheduled or LparIplState.InProgress };
        if (_watching == watch)
        {
            return;
        }

        if (watch)
        {
            await this.RegisterOrUpdateReminder(WatchReminder, s_watchPeriod, s_watchPeriod);
        }
        else if (await this.GetReminder(WatchReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }

        _watching = watch;
    }
}
