using IMU.Grains.Models;
using Orleans.Concurrency;

namespace IMU.Grains;

/// <summary>One LPAR (key: its name): what is staged and active on it, its IPL windows (durable reminders) and its IPLs.</summary>
[Alias("imu.lpar")]
public interface ILparGrain : IGrainWithStringKey
{
    /// <summary><c>lpar show</c>.</summary>
    /// <returns>The LPAR's zone, staged and active SYSMODs, last IPL and next IPL window.</returns>
    [Alias("show")]
    Task<LparView> ShowAsync();

    /// <summary>The LPAR's row in <c>fleet list</c>.</summary>
    /// <returns>The summary.</returns>
    [Alias("get-summary")]
    Task<FleetLparSummary> GetSummaryAsync();

    /// <summary>Takes a rollout's whole view of this LPAR: its SYSMODs in the zone, and whether to IPL in the next usable window.</summary>
    /// <param name="sync">The rollout's view; sending it again changes nothing.</param>
    /// <returns>What the LPAR reports back to the rollout.</returns>
    [Alias("sync-rollout")]
    [ResponseTimeout("00:00:10")]
    Task<LparRolloutReport> SyncRolloutAsync(LparRolloutSync sync);

    /// <summary>The LPAR's state for one rollout's SYSMODs.</summary>
    /// <param name="rollout">The rollout.</param>
    /// <returns>The report.</returns>
    [Alias("get-rollout-report")]
    [ResponseTimeout("00:00:10")]
    Task<LparRolloutReport> GetRolloutReportAsync(string rollout);

    /// <summary>The health check between waves: the HMC shows the LPAR operating and its z/OSMF answers <c>D IPLINFO</c>.</summary>
    /// <returns>Healthy, or why not.</returns>
    [Alias("check-health")]
    [ResponseTimeout("00:02:00")]
    Task<HealthResult> CheckHealthAsync();

    /// <summary>Takes the LPAR's fleet declaration (sent by the fleet on every <c>fleet apply</c> that names it).</summary>
    /// <param name="definition">The declaration.</param>
    /// <returns>A task.</returns>
    [Alias("configure")]
    [ResponseTimeout("00:00:10")]
    Task ConfigureAsync(LparDefinition definition);

    /// <summary>The LPAR's fleet declaration, or null before the fleet declared it.</summary>
    /// <returns>The declaration.</returns>
    [Alias("get-definition")]
    [AlwaysInterleave]
    [ResponseTimeout("00:00:10")]
    Task<LparDefinition?> GetDefinitionAsync();
}
