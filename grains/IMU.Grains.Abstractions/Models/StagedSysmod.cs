namespace IMU.Grains.Models;

/// <summary>A SYSMOD staged on an LPAR: applied to the zone it IPLs from, active at its next IPL.</summary>
/// <param name="Id">The SYSMOD ID.</param>
/// <param name="Rollout">The rollout that applied it.</param>
[GenerateSerializer]
[Alias("imu.staged-sysmod")]
public sealed record StagedSysmod(string Id, string Rollout);
