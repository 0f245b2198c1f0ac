using IMU.Grains.Models;

namespace IMU.Grains.Rollouts;

/// <summary>What a rollout has decided to send out, each already recorded in its state before it is sent.</summary>
internal sealed class RolloutActions
{
    /// <summary>Zone steps to send (RECEIVE steps still lack their MCS, which the grain adds).</summary>
    public List<ZoneStep> ZoneSteps { get; } = [];

    /// <summary>LPARs to tell the rollout's latest view of them.</summary>
    public List<(string Lpar, LparRolloutSync Sync)> LparSyncs { get; } = [];

    /// <summary>Health checks to run: the wave and the LPARs to ask.</summary>
    public List<(int Wave, string[] Lpars)> HealthChecks { get; } = [];

    public bool IsEmpty => ZoneSteps.Count == 0 && LparSyncs.Count == 0 && HealthChecks.Count == 0;
}
