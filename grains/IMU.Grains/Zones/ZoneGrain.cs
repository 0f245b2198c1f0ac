using IMU.Grains.Lpars;
using IMU.Grains.Models;
using IMU.Grains.Persistence;
using IMU.Zosmf;
using IMU.Zosmf.Results;
using Microsoft.Extensions.Logging;

namespace IMU.Grains.Zones;

/// <summary>
/// One SMP/E target zone, keyed <c>SYSTEM/ZONE</c>. Steps run one at a time, in the order asked, in the
/// background of the activation (a job takes minutes; the grain keeps answering). Each step is written
/// as started before its job is submitted and as completed after it ends; a zone that finds a step
/// started (after a crash, or a retry) LISTs the zone before it submits APPLY or RESTORE again, and
/// resubmits under the same operation id, so the agent follows a job already there instead of running
/// SMP/E twice.
/// </summary>
public sealed partial class ZoneGrain(
    [PersistentState("zone")] IPersistentState<ZoneGrainState> state,
    LparAgents agents,
    TimeProvider time,
    ILogger<ZoneGrain> logger) : Grain, IZoneGrain, IRemindable
{
    /// <summary>A zone with steps left keeps this reminder, so that it resumes after a silo restart.</summary>
    private const string ResumeReminder = "resume";

    /// <summary>Ended steps kept to answer repeated asks; far more than a rollout has in flight on one zone.</summary>
    private const int KeptOperations = 200;

    private const int MaxAttempts = 5;

    private static readonly TimeSpan s_reminderPeriod = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan s_firstRetry = TimeSpan.FromSeconds(30);

    /// <summary>The wait before a step runs again after another grain of the cluster did not answer: about how long membership takes to declare a dead silo.</summary>
    private static readonly TimeSpan s_clusterRetry = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan s_longestRetry = TimeSpan.FromMinutes(10);

    private readonly StateWriter<ZoneGrainState> _writer = new(state);
    private Task? _pump;
    private bool _pumpAgain;
    private IGrainTimer? _retryTimer;
    private bool? _reminded;

    private ZoneGrainState State => state.State;

    private string Key => this.GetPrimaryKeyString();

    private string SmpeSystem => Key[..Key.IndexOf('/', StringComparison.Ordinal)];

    private string ZoneName => Key[(Key.IndexOf('/', StringComparison.Ordinal) + 1)..];

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        EnsurePump();
        return Task.CompletedTask;
    }

    public async Task RunAsync(ZoneStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (State.Operations.FirstOrDefault(o => o.Step.OperationId == step.OperationId) is { } known)
        {
            // Asked again: the rollout may have missed the notice, so it gets it again; nothing runs twice.
            // A step still open is worked on (after a failover this call is what activated the zone here).
            if (known.Result is { } result)
            {
                Notify(result);
            }
            else
            {
                EnsurePump();
            }

            return;
        }

        State.Operations.Add(new ZoneOperation { Step = step, Status = ZoneOperationStatus.Queued, QueuedAt = time.GetUtcNow() });
        Prune();
        await _writer.WriteAsync();
        EnsurePump();
    }

    public Task<ZoneStepResult?> GetResultAsync(string operationId) =>
        Task.FromResult(State.Operations.FirstOrDefault(o => o.Step.OperationId == operationId)?.Result);

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        _reminded = true;
        if (Next() is null)
        {
            return RemindAsync(false);
        }

        EnsurePump();
        return Task.CompletedTask;
    }

    private ZoneOperation? Next() => State.Operations.FirstOrDefault(o => o.Status != ZoneOperationStatus.Completed);

    private void EnsurePump()
    {
        if (_pump is { IsCompleted: false })
        {
            _pumpAgain = true;
            return;
        }

        if (Next() is not null)
        {
            _pump = PumpAsync();
        }
    }

    private async Task PumpAsync()
    {
        do
        {
            _pumpAgain = false;

            // The reminder is made durable alongside the first step rather than before it, so that a step
            // does not wait for the reminder table; the step itself is already recorded.
            var reminding = RemindAsync(true);
            while (Next() is { } operation)
            {
                var now = time.GetUtcNow();
                if (operation.RetryAt is { } retryAt && retryAt > now)
                {
                    _retryTimer?.Dispose();
                    _retryTimer = this.RegisterGrainTimer(_ => { EnsurePump(); return Task.CompletedTask; }, new GrainTimerCreationOptions(retryAt - now, Timeout.InfiniteTimeSpan));
                    break;
                }

                DelayDeactivation(s_reminderPeriod * 5);
                await ExecuteAsync(operation);
            }

            await reminding;
            if (Next() is null)
            {
                await RemindAsync(false);
            }
        }
        while (_pumpAgain);
    }

    private async Task ExecuteAsync(ZoneOperation operation)
    {
        var step = operation.Step;
        var resumed = operation.Status == ZoneOperationStatus.Started;
        operation.Status = ZoneOperationStatus.Started;
        operation.Attempts++;
        operation.StartedAt ??= time.GetUtcNow();
        operation.RetryAt = null;
        await _writer.WriteAsync();
        try
        {
            var definition = await GrainFactory.GetGrain<ILparGrain>(SmpeSystem).GetDefinitionAsync();
            if (definition is null)
            {
                await CompleteAsync(operation, ZoneResults.Failed(step, $"{SmpeSystem}, which runs SMP/E for zone {ZoneName}, is not declared in the fleet"));
                return;
            }

            var agent = agents.For(definition);
            var result = step.Kind switch
            {
                ZoneStepKind.Receive => ZoneResults.FromJob(step, await agent.RunAsync(SmpeJob.Receive(step.Mcs ?? string.Empty, step.HoldData), step.OperationId)),
                ZoneStepKind.ApplyCheck => await InstallAsync(agent, operation, Apply(step, check: true)),
                ZoneStepKind.Apply => await ApplyAsync(agent, operation, resumed),
                _ => await RestoreAsync(agent, operation),
            };
            await CompleteAsync(operation, result);
        }
        catch (LparAgentException e) when (MayPass(e.Kind) && operation.Attempts < MaxAttempts)
        {
            var delay = TimeSpan.FromTicks(Math.Min(s_longestRetry.Ticks, s_firstRetry.Ticks << (operation.Attempts - 1)));
            operation.RetryAt = time.GetUtcNow() + delay;
            operation.LastError = e.Message;
            LogRetry(Key, step.OperationId, operation.Attempts, delay, e.Message);
            await _writer.WriteAsync();
        }
        catch (LparAgentException e)
        {
            await CompleteAsync(operation, ZoneResults.Failed(step, e.Message));
        }
        catch (Exception e) when (e is TimeoutException or (OrleansException and not Orleans.Storage.InconsistentStateException))
        {
            // A grain this step needs (the LPAR's) did not answer: its silo died or is being declared dead.
            // That says nothing about the system, so it is no attempt on it: the step runs again shortly under
            // the same operation id, and the agent follows a job already submitted instead of submitting again.
            operation.Attempts--;
            operation.RetryAt = time.GetUtcNow() + s_clusterRetry;
            operation.LastError = e.Message;
            LogRetry(Key, step.OperationId, operation.Attempts, s_clusterRetry, e.Message);
            await _writer.WriteAsync();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogStepFailed(e, Key, step.OperationId);
            await CompleteAsync(operation, ZoneResults.Failed(step, $"{step.Kind} could not be run: {e.Message}"));
        }
    }

    /// <summary>Rule 6: after a crash or a retry, LIST first; a SYSMOD the zone already has is not applied again.</summary>
    private async Task<ZoneStepResult> ApplyAsync(ILparAgent agent, ZoneOperation operation, bool resumed)
    {
        var step = operation.Step;
        if (resumed)
        {
            var listed = await ListAsync(agent, operation);
            if (step.Sysmods.All(id => listed.TryGetValue(id, out var entry) && entry.IsApplied))
            {
                return ZoneResults.Done(step);
            }
        }

        return await InstallAsync(agent, operation, Apply(step, check: false));
    }

    /// <summary>
    /// Runs APPLY or APPLY CHECK. After a job that did not run to its end (the zone may be partly updated),
    /// or one that left selected SYSMODs out of its report (installed already), LIST decides.
    /// </summary>
    private async Task<ZoneStepResult> InstallAsync(ILparAgent agent, ZoneOperation operation, SmpeJob apply)
    {
        var step = operation.Step;
        var job = await agent.RunAsync(apply, step.OperationId);
        var result = ZoneResults.FromJob(step, job);
        var unreported = step.Sysmods.Where(id => job.Sysmods.All(s => s.SysmodId != id)).ToHashSet(StringComparer.Ordinal);
        if (job.Completion != JobCompletion.ConditionCode)
        {
            return apply.ChangesZone ? ZoneResults.Reconcile(result, await ListAsync(agent, operation)) : result;
        }

        return unreported.Count == 0 ? result : ZoneResults.AlreadyThere(result, await ListAsync(agent, operation), unreported);
    }

    /// <summary>Rule 7: RESTORE takes out only what LIST shows applied and not accepted.</summary>
    private async Task<ZoneStepResult> RestoreAsync(ILparAgent agent, ZoneOperation operation)
    {
        var step = operation.Step;
        var listed = await ListAsync(agent, operation);
        var accepted = step.Sysmods.Where(id => listed.TryGetValue(id, out var e) && e.IsAccepted).ToHashSet(StringComparer.Ordinal);
        var applied = step.Sysmods.Where(id => !accepted.Contains(id) && listed.TryGetValue(id, out var e) && e.IsApplied).ToList();
        var untouched = step.Sysmods
            .Where(id => !applied.Contains(id))
            .Select(id => new ZoneSysmodResult(id, accepted.Contains(id) ? ZoneSysmodOutcome.Accepted : ZoneSysmodOutcome.Restored, accepted.Contains(id) ? "ACCEPTED" : "not in the zone"))
            .ToList();
        if (applied.Count == 0)
        {
            return new ZoneStepResult { OperationId = step.OperationId, Zone = step.Zone, Kind = step.Kind, Succeeded = true, Sysmods = [.. untouched] };
        }

        var result = ZoneResults.FromJob(step with { Sysmods = [.. applied] }, await agent.RunAsync(SmpeJob.Restore(ZoneName, applied), step.OperationId));
        return result with { Sysmods = [.. result.Sysmods, .. untouched] };
    }

    private SmpeJob Apply(ZoneStep step, bool check) => SmpeJob.Apply(ZoneName, step.Sysmods, check, step.GroupExtend, step.Bypass.Length > 0 ? string.Join(' ', step.Bypass) : null);

    private async Task<IReadOnlyDictionary<string, ZoneSysmodEntry>> ListAsync(ILparAgent agent, ZoneOperation operation)
    {
        var zone = await agent.ReadZoneStateAsync(ZoneName, $"{operation.Step.OperationId}/LIST/{operation.Attempts}");
        State.Mirror = zone.Sysmods.ToDictionary(s => s.SysmodId, s => s.Status, StringComparer.Ordinal);
        State.ListedAt = time.GetUtcNow();
        return zone.Sysmods.ToDictionary(s => s.SysmodId, StringComparer.Ordinal);
    }

    private async Task CompleteAsync(ZoneOperation operation, ZoneStepResult result)
    {
        operation.Status = ZoneOperationStatus.Completed;
        operation.Result = result;
        operation.CompletedAt = time.GetUtcNow();
        var placements = new List<(string Sysmod, PlacementKind Kind)>();
        foreach (var sysmod in result.Sysmods)
        {
            if (operation.Step.Kind == ZoneStepKind.Apply && sysmod.Outcome is ZoneSysmodOutcome.Applied or ZoneSysmodOutcome.AlreadyApplied)
            {
                State.Mirror[sysmod.Id] = "APP";
                placements.Add((sysmod.Id, PlacementKind.Applied));
            }
            else if (operation.Step.Kind == ZoneStepKind.Restore && sysmod.Outcome == ZoneSysmodOutcome.Restored)
            {
                State.Mirror.Remove(sysmod.Id);
                placements.Add((sysmod.Id, PlacementKind.Restored));
            }
        }

        await _writer.WriteAsync();
        LogStepEnded(Key, operation.Step.OperationId, result.Succeeded, result.Error);
        foreach (var (sysmod, kind) in placements)
        {
            try
            {
                await GrainFactory.GetGrain<ISysmodGrain>(sysmod).RecordAsync(new SysmodPlacementChange(kind, Key, operation.Step.Rollout, operation.CompletedAt.Value));
            }
            catch (TimeoutException e)
            {
                LogPlacementLost(e, sysmod, Key);
            }
        }

        Notify(result);
    }

    private void Notify(ZoneStepResult result)
    {
        var step = State.Operations.First(o => o.Step.OperationId == result.OperationId).Step;
        _ = GrainFactory.GetGrain<IRolloutGrain>(step.Rollout).OnZoneStepAsync(result);
    }

    private void Prune()
    {
        var ended = State.Operations.Count(o => o.Status == ZoneOperationStatus.Completed);
        if (ended > KeptOperations)
        {
            var drop = State.Operations.Where(o => o.Status == ZoneOperationStatus.Completed).Take(ended - KeptOperations).ToHashSet();
            State.Operations.RemoveAll(drop.Contains);
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

    /// <summary>Failures that may pass with time: the step is sent again, under the same operation id, after a backoff.</summary>
    private static bool MayPass(LparAgentErrorKind kind) => kind is
        LparAgentErrorKind.Unreachable or LparAgentErrorKind.Timeout or LparAgentErrorKind.CircuitOpen or LparAgentErrorKind.HttpError or
        LparAgentErrorKind.NotFinished or LparAgentErrorKind.SubmissionUnknown or LparAgentErrorKind.JobFailed;
}
