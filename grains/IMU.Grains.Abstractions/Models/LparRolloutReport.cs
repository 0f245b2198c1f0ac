namespace IMU.Grains.Models;

/// <summary>What an LPAR tells a rollout: which of the rollout's SYSMODs are active on it, and where its IPL is.</summary>
/// <param name="Lpar">The LPAR.</param>
/// <param name="Rollout">The rollout.</param>
/// <param name="Active">The rollout's SYSMODs active on the LPAR.</param>
/// <param name="Ipl">Where the IPL the rollout asked for is.</param>
/// <param name="Reason">What the IPL waits for or why it failed, or null.</param>
[GenerateSerializer]
[Alias("imu.lpar-rollout-report")]
public sealed record LparRolloutReport(string Lpar, string Rollout, string[] Active, LparIplState Ipl, string? Reason);
