using IMU.Grains.Models;
using Orleans.Concurrency;

namespace IMU.Grains;

/// <summary>One rollout (key: its name): its plan and durable execution, commands, and audit record.</summary>
[Alias("IMU.IRolloutGrain")]
public interface IRolloutGrain : IGrainWithStringKey
{
    /// <summary><c>rollout create</c>: validates the request against the fleet and the received SYSMODs; refused, it creates nothing.</summary>
    /// <param name="request">The request.</param>
    /// <returns>Accepted in state CREATED, or every refusal naming its culprit.</returns>
    [Alias("Create")]
    Task<RolloutCommandResult> CreateAsync(RolloutRequest request);

    /// <summary><c>rollout start</c>.</summary>
    /// <param name="action">Who asks.</param>
    /// <returns>The result.</returns>
    [Alias("Start")]
    Task<RolloutCommandResult> StartAsync(OperatorAction action);

    /// <summary><c>rollout pause</c>: steps in flight finish, no new ones start.</summary>
    /// <param name="action">Who asks.</param>
    /// <returns>The result.</returns>
    [Alias("Pause")]
    Task<RolloutCommandResult> PauseAsync(OperatorAction action);

    /// <summary><c>rollout resume</c>: continues from the durable state.</summary>
    /// <param name="action">Who asks.</param>
    /// <returns>The result.</returns>
    [Alias("Resume")]
    Task<RolloutCommandResult> ResumeAsync(OperatorAction action);

    /// <summary><c>rollout abort</c>: stops; what is applied stays applied.</summary>
    /// <param name="action">Who asks.</param>
    /// <returns>The result.</returns>
    [Alias("Abort")]
    Task<RolloutCommandResult> AbortAsync(OperatorAction action);

    /// <summary><c>rollout restore</c>: RESTOREs the rollout's SYSMODs wherever it applied them and they are not accepted.</summary>
    /// <param name="action">Who asks.</param>
    /// <returns>The result.</returns>
    [Alias("Restore")]
    Task<RolloutCommandResult> RestoreAsync(OperatorAction action);

    /// <summary><c>rollout approve --wave N</c> (with <c>--approve-waves</c>).</summary>
    /// <param name="wave">The wave to let start, from 2.</param>
    /// <param name="action">Who approves and why.</param>
    /// <returns>The result.</returns>
    [Alias("Approve")]
    Task<RolloutCommandResult> ApproveAsync(int wave, OperatorAction action);

    /// <summary><c>rollout status</c>.</summary>
    /// <returns>The status, or null when no rollout has this name.</returns>
    [Alias("GetStatus")]
    Task<RolloutStatus?> GetStatusAsync();

    /// <summary>The rollout's row in <c>rollout list</c>, or null when no rollout has this name.</summary>
    /// <returns>The summary.</returns>
    [Alias("GetSummary")]
    [ResponseTimeout("00:00:10")]
    Task<RolloutSummary?> GetSummaryAsync();

    /// <summary>Tells <paramref name="observer"/> the status each time it changes, for a while; subscribe again to keep watching.</summary>
    /// <param name="observer">The observer.</param>
    /// <returns>A task.</returns>
    [Alias("Subscribe")]
    Task SubscribeAsync(IRolloutObserver observer);

    /// <summary>Stops telling <paramref name="observer"/>.</summary>
    /// <param name="observer">The observer.</param>
    /// <returns>A task.</returns>
    [Alias("Unsubscribe")]
    Task UnsubscribeAsync(IRolloutObserver observer);

    /// <summary>A zone reports that a step of this rollout ended.</summary>
    /// <param name="result">How it ended.</param>
    /// <returns>A task.</returns>
    [Alias("OnZoneStep")]
    [OneWay]
    Task OnZoneStepAsync(ZoneStepResult result);

    /// <summary>An LPAR reports a change for this rollout (an IPL done, failed, or waiting for a window).</summary>
    /// <param name="report">The report.</param>
    /// <returns>A task.</returns>
    [Alias("OnLparReport")]
    [OneWay]
    Task OnLparReportAsync(LparRolloutReport report);
}
