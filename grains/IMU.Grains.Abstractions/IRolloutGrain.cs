using IMU.Grains.Models;
using Orleans.Concurrency;

namespace IMU.Grains;

/// <summary>One rollout (key: its name): its plan and durable execution, commands, and audit record.</summary>
[Alias("imu.rollout")]
public interface IRolloutGrain : IGrainWithStringKey
{
    /// <summary><c>rollout create</c>: validates the request against the fleet and the received SYSMODs; refused, it creates nothing.</summary>
    /// <param name="request">The request.</param>
    /// <returns>Accepted in state CREATED, or every refusal naming its culprit.</returns>
    [Alias("create")]
    Task<RolloutCommandResult> CreateAsync(RolloutRequest request);

    /// <summary><c>rollout start</c>.</summary>
    /// <param name="action">Who asks.</param>
    /// <returns>The result.</returns>
    [Alias("start")]
    Task<RolloutCommandResult> StartAsync(OperatorAction action);

    /// <summary><c>rollout pause</c>: steps in flight finish, no new ones start.</summary>
    /// <param name="action">Who asks.</param>
    /// <returns>The result.</returns>
    [Alias("pause")]
    Task<RolloutCommandResult> PauseAsync(OperatorAction action);

    /// <summary><c>rollout resume</c>: continues from the durable state.</summary>
    /// <param name="action">Who asks.</param>
    /// <returns>The result.</returns>
    [Alias("resume")]
    Task<RolloutCommandResult> ResumeAsync(OperatorAction action);

    /// <summary><c>rollout abort</c>: stops; what is applied stays applied.</summary>
    /// <param name="action">Who asks.</param>
    /// <returns>The result.</returns>
    [Alias("abort")]
    Task<RolloutCommandResult> AbortAsync(OperatorAction action);

    /// <summary><c>rollout restore</c>: RESTOREs the rollout's SYSMODs wherever it applied them and they are not accepted.</summary>
    /// <param name="action">Who asks.</param>
    /// <returns>The result.</returns>
    [Alias("restore")]
    Task<RolloutCommandResult> RestoreAsync(OperatorAction action);

    /// <summary><c>rollout approve --wave N</c> (with <c>--approve-waves</c>): refused unless wave N is <see cref="WaveState.AwaitingApproval"/>.</summary>
    /// <param name="wave">The wave to let start, from 2.</param>
    /// <param name="action">Who approves and why.</param>
    /// <returns>The result.</returns>
    [Alias("approve")]
    Task<RolloutCommandResult> ApproveAsync(int wave, OperatorAction action);

    /// <summary>
    /// A hold decision on a SYSMOD that is HELD in this rollout: BYPASS operands in SMP/E's form (HOLDERROR,
    /// HOLDSYSTEM, HOLDUSER, HOLDFIXCAT, HOLDCLASS) that release its holds, narrowed to that SYSMOD, given by
    /// <see cref="OperatorAction.By"/> for <see cref="OperatorAction.Reason"/> (required). It goes into the audit
    /// exactly as a bypass given at create time, and the SYSMOD goes through APPLY CHECK again with it.
    /// </summary>
    /// <param name="sysmod">The held SYSMOD.</param>
    /// <param name="bypass">The BYPASS operands, with or without the enclosing <c>BYPASS(...)</c>.</param>
    /// <param name="action">Who decides and why.</param>
    /// <returns>The result; refused (an unknown SYSMOD, one not HELD here, no reason, operands SMP/E rejects or that release none of its holds) it changes nothing.</returns>
    [Alias("decide-hold")]
    Task<RolloutCommandResult> DecideHoldAsync(string sysmod, string bypass, OperatorAction action);

    /// <summary><c>rollout status</c>.</summary>
    /// <returns>The status, or null when no rollout has this name.</returns>
    [Alias("get-status")]
    Task<RolloutStatus?> GetStatusAsync();

    /// <summary>The rollout's row in <c>rollout list</c>, or null when no rollout has this name.</summary>
    /// <returns>The summary.</returns>
    [Alias("get-summary")]
    [ResponseTimeout("00:00:10")]
    Task<RolloutSummary?> GetSummaryAsync();

    /// <summary>Tells <paramref name="observer"/> the status each time it changes, for a while; subscribe again to keep watching.</summary>
    /// <param name="observer">The observer.</param>
    /// <returns>A task.</returns>
    [Alias("subscribe")]
    Task SubscribeAsync(IRolloutObserver observer);

    /// <summary>Stops telling <paramref name="observer"/>.</summary>
    /// <param name="observer">The observer.</param>
    /// <returns>A task.</returns>
    [Alias("unsubscribe")]
    Task UnsubscribeAsync(IRolloutObserver observer);

    /// <summary>A zone reports that a step of this rollout ended.</summary>
    /// <param name="result">How it ended.</param>
    /// <returns>A task.</returns>
    [Alias("on-zone-step")]
    [OneWay]
    Task OnZoneStepAsync(ZoneStepResult result);

    /// <summary>An LPAR reports a change for this rollout (an IPL done, failed, or waiting for a window).</summary>
    /// <param name="report">The report.</param>
    /// <returns>A task.</returns>
    [Alias("on-lpar-report")]
    [OneWay]
    Task OnLparReportAsync(LparRolloutReport report);
}
