using IMU.Grains.Models;
using IMU.Grains.Persistence;
using Microsoft.Extensions.Logging;
using Orleans.Utilities;

namespace IMU.Grains.Rollouts;

/// <summary>
/// One rollout. Its decisions are <see cref="RolloutEngine"/>'s; the grain records each before it sends
/// anything (rule 6), sends steps to zone grains and views to LPAR grains, and takes their reports back.
/// A durable reminder brings it back after a silo restart, and it then sends its steps in flight again:
/// the zones run each operation id once and answer again, so it resumes where it stopped.
/// </summary>
public sealed partial class RolloutGrain(
    [PersistentState("rollout")] IPersistentState<RolloutGrainState> state,
    TimeProvider time,
    ILogger<RolloutGrain> logger) : Grain, IRolloutGrain, IRemindable
{
    private const string ResumeReminder = "resume";

    private static readonly TimeSpan s_reminderPeriod = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How often steps in flight are sent again. A zone grain whose silo died with a job in flight does
    /// nothing until something calls it or its reminder comes (up to a minute later); asked again under the
    /// same operation id, it is activated on a live silo at once and follows the job it had submitted.
    /// A step asked again costs one call: the zone runs each operation id once.
    /// </summary>
    private static readonly TimeSpan s_followUpPeriod = TimeSpan.FromSeconds(5);

    private readonly StateWriter<RolloutGrainState> _writer = new(state);
    private readonly Dictionary<string, SysmodInstallText> _installText = new(StringComparer.Ordinal);
    private ObserverManager<IRolloutObserver>? _observers;
    private RolloutEngine? _engine;
    private Task? _pump;
    private bool _pumpAgain;
    private bool _resend;
    private bool? _reminded;
    private IGrainTimer? _wakeTimer;
    private IGrainTimer? _followUpTimer;
    private bool _followUp;

    private string Name => this.GetPrimaryKeyString();

    private ObserverManager<IRolloutObserver> Observers => _observers ??= new(TimeSpan.FromMinutes(5), logger) { GetDateTime = () => time.GetUtcNow().UtcDateTime };

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Plan is not null)
        {
            _engine = new RolloutEngine(state.State);
            GrainFactory.GetGrain<IFleetGrain>(GrainKeys.Fleet).RegisterRolloutAsync(Name).Ignore();
            if (_engine.NeedsReminder)
            {
                // Back after a restart (or a collection): tell every zone and LPAR again where the rollout is.
                _engine.ResyncLpars();
                _resend = true;
                EnsurePump();
            }
        }

        return Task.CompletedTask;
    }

    public async Task<RolloutCommandResult> CreateAsync(RolloutRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (state.State.Plan is { } existing)
        {
            return new RolloutCommandResult(
                false,
                [$"rollout name {Name} is already used: created by {existing.Request.By} at {Fleet.Iso8601.Format(existing.CreatedAt)}"],
                _engine!.Status(time.GetUtcNow()).State);
        }

        var fleet = await GrainFactory.GetGrain<IFleetGrain>(GrainKeys.Fleet).GetDefinitionAsync();
        var ids = request.Sysmods.Distinct(StringComparer.Ordinal).Where(id => Smpe.Diagnostics.SmpeNames.IsSysmodId(id)).ToList();
        var sysmods = await Task.WhenAll(ids.Select(id => GrainFactory.GetGrain<ISysmodGrain>(id).GetAsync()));
        var now = time.GetUtcNow();
        var planned = RolloutPlanner.Plan(Name, request, fleet, sysmods.ToDictionary(s => s.Id, StringComparer.Ordinal), now);
        if (planned.Plan is null)
        {
            return new RolloutCommandResult(false, [.. planned.Errors], RolloutState.Created);
        }

        state.State = RolloutEngine.Create(planned.Plan, now);
        _engine = new RolloutEngine(state.State);
        await _writer.WriteAsync();
        GrainFactory.GetGrain<IFleetGrain>(GrainKeys.Fleet).RegisterRolloutAsync(Name).Ignore();
        LogCreated(Name, request.By);
        return new RolloutCommandResult(true, [], RolloutState.Created);
    }

    public Task<RolloutCommandResult> StartAsync(OperatorAction action) => CommandAsync(e => e.Start(action, time.GetUtcNow()));

    public Task<RolloutCommandResult> PauseAsync(OperatorAction action) => CommandAsync(e => e.Pause(action, time.GetUtcNow()));

    public Task<RolloutCommandResult> ResumeAsync(OperatorAction action) => CommandAsync(e => e.Resume(action, time.GetUtcNow()));

    public Task<RolloutCommandResult> AbortAsync(OperatorAction action) => CommandAsync(e => e.Abort(action, time.GetUtcNow()));

    public Task<RolloutCommandResult> RestoreAsync(OperatorAction action) => CommandAsync(e => e.Restore(action, time.GetUtcNow()));

    public Task<RolloutCommandResult> ApproveAsync(int wave, OperatorAction action) => CommandAsync(e => e.Approve(wave, action, time.GetUtcNow()));

    public Task<RolloutCommandResult> DecideHoldAsync(string sysmod, string bypass, OperatorAction action) =>
        CommandAsync(e => e.DecideHold(sysmod, bypass, action, time.GetUtcNow()));

    public Task<RolloutStatus?> GetStatusAsync() => Task.FromResult(_engine?.Status(time.GetUtcNow()));

    public Task<RolloutSummary?> GetSummaryAsync()
    {
        if (_engine is null)
        {
            return Task.FromResult<RolloutSummary?>(null);
        }

        var plan = state.State.Plan!;
        return Task.FromResult<RolloutSummary?>(new RolloutSummary(Name, _engine.Status(time.GetUtcNow()).State, plan.Request.Sysmods, plan.Lpars.Length, plan.Request.By, plan.CreatedAt));
    }

    public Task SubscribeAsync(IRolloutObserver observer)
    {
        Observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task UnsubscribeAsync(IRolloutObserver observer)
    {
        Observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    public async Task OnZoneStepAsync(ZoneStepResult result)
    {
        if (_engine is not null && _engine.OnZoneStep(result, time.GetUtcNow()))
        {
            await _writer.WriteAsync();
            EnsurePump();
        }
    }

    public async Task OnLparReportAsync(LparRolloutReport report)
    {
        if (_engine is not null && _engine.OnLparReport(report))
        {
            await _writer.WriteAsync();
            EnsurePump();
        }
    }

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        _resend = true;
        EnsurePump();
        return Task.CompletedTask;
    }

    private async Task<RolloutCommandResult> CommandAsync(Func<RolloutEngine, RolloutCommandResult> command)
    {
        if (_engine is null)
        {
            return new RolloutCommandResult(false, [$"there is no rollout named {Name}; imu rollout list shows the rollouts"], RolloutState.Created);
        }

        var result = command(_engine);
        if (result.Accepted)
        {
            await _writer.WriteAsync();
            EnsurePump();
        }

        return result;
    }

    private void EnsurePump()
    {
        if (_pump is { IsCompleted: false })
        {
            _pumpAgain = true;
            return;
        }

        _pump = PumpAsync();
    }

    /// <summary>Decides, records, then sends; repeats while the answers change something.</summary>
    private async Task PumpAsync()
    {
        var engine = _engine!;
        do
        {
            _pumpAgain = false;
            var now = time.GetUtcNow();
            var resend = _resend;
            var followUp = _followUp;
            (_resend, _followUp) = (false, false);
            var actions = engine.Advance(now);
            await _writer.WriteAsync();

            var steps = actions.ZoneSteps.ToList();
            if (resend || followUp)
            {
                steps.AddRange(engine.InFlightSteps(now - s_followUpPeriod).Where(s => steps.All(n => n.OperationId != s.OperationId)));
            }

            await Task.WhenAll(steps.Select(SendAsync));
            var reports = await Task.WhenAll(actions.LparSyncs.Select(SyncAsync));
            if (resend)
            {
                reports = [.. reports, .. await Task.WhenAll(engine.LparsWithIpl().Select(ReadReportAsync))];
            }

            if (reports.OfType<LparRolloutReport>().Aggregate(false, (changed, report) => engine.OnLparReport(report) | changed))
            {
                await _writer.WriteAsync();
                _pumpAgain = true;
            }

            foreach (var (wave, lpars) in actions.HealthChecks)
            {
                CheckHealthAsync(wave, lpars).Ignore();
            }

            var status = engine.Status(time.GetUtcNow());
            Observers.Notify(o => o.OnStatus(status));
            Wake(engine.NextWakeUp());
            FollowUp(engine.InFlightSteps(DateTimeOffset.MaxValue).Count > 0);
            await RemindAsync(engine.NeedsReminder);
        }
        while (_pumpAgain);
    }

    private async Task SendAsync(ZoneStep step)
    {
        try
        {
            if (step.Kind == ZoneStepKind.Receive)
            {
                var texts = await Task.WhenAll(step.Sysmods.Select(InstallTextAsync));
                step = step with { Mcs = string.Concat(texts.Select(t => t.Mcs)), HoldData = string.Concat(texts.Select(t => t.HoldData)) };
            }

            await GrainFactory.GetGrain<IZoneGrain>(step.Zone).RunAsync(step);
        }
        catch (Exception e) when (e is TimeoutException or OrleansException)
        {
            // The step stays in flight; the next reminder tick sends it again under the same operation id.
            LogNotSent(e, Name, step.OperationId);
        }
    }

    private async Task<SysmodInstallText> InstallTextAsync(string id)
    {
        if (!_installText.TryGetValue(id, out var text))
        {
            text = await GrainFactory.GetGrain<ISysmodGrain>(id).GetInstallTextAsync();
            _installText[id] = text;
        }

        return text;
    }

    private async Task<LparRolloutReport?> SyncAsync((string Lpar, LparRolloutSync Sync) sync)
    {
        try
        {
            return await GrainFactory.GetGrain<ILparGrain>(sync.Lpar).SyncRolloutAsync(sync.Sync);
        }
        catch (Exception e) when (e is TimeoutException or OrleansException)
        {
            LogNotSent(e, Name, $"view of {sync.Lpar}");
            _engine!.SyncFailed(sync.Lpar);
            return null;
        }
    }

    private async Task<LparRolloutReport?> ReadReportAsync(string lpar)
    {
        try
        {
            return await GrainFactory.GetGrain<ILparGrain>(lpar).GetRolloutReportAsync(Name);
        }
        catch (Exception e) when (e is TimeoutException or OrleansException)
        {
            LogNotSent(e, Name, $"report of {lpar}");
            return null;
        }
    }

    /// <summary>Rule 5: a wave's LPARs must answer before the next wave starts; the answers come back in their own turn.</summary>
    private async Task CheckHealthAsync(int wave, string[] lpars)
    {
        var results = await Task.WhenAll(lpars.Select(async lpar =>
        {
            try
            {
                return await GrainFactory.GetGrain<ILparGrain>(lpar).CheckHealthAsync();
            }
            catch (Exception e) when (e is TimeoutException or OrleansException)
            {
                return new HealthResult(lpar, false, e.Message);
            }
        }));
        _engine!.OnHealth(wave, [.. results.Where(r => !r.Healthy).Select(r => $"{r.Lpar}: {r.Reason}")], time.GetUtcNow());
        await _writer.WriteAsync();
        EnsurePump();
    }

    private void Wake(DateTimeOffset? at)
    {
        _wakeTimer?.Dispose();
        _wakeTimer = null;
        if (at is { } due)
        {
            var delay = due - time.GetUtcNow();
            _wakeTimer = this.RegisterGrainTimer(_ => { EnsurePump(); return Task.CompletedTask; }, new GrainTimerCreationOptions(delay > TimeSpan.Zero ? delay : TimeSpan.Zero, Timeout.InfiniteTimeSpan));
        }
    }

    private void FollowUp(bool stepsInFlight)
    {
        if (stepsInFlight && _followUpTimer is null)
        {
            _followUpTimer = this.RegisterGrainTimer(
                _ =>
                {
                    _followUp = true;
                    EnsurePump();
                    return Task.CompletedTask;
                },
                new GrainTimerCreationOptions(s_followUpPeriod, s_followUpPeriod));
        }
        else if (!stepsInFlight && _followUpTimer is not null)
        {
            _followUpTimer.Dispose();
            _followUpTimer = null;
        }
    }

    private async Task RemindAsync(bool needed)
    {
        if (_reminded == needed)
        {
            return;
        }

        if (needed)
        {
            await this.RegisterOrUpdateReminder(ResumeReminder, s_reminderPeriod, s_reminderPeriod);
        }
        else if (await this.GetReminder(ResumeReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }

        _reminded = needed;
    }
}
