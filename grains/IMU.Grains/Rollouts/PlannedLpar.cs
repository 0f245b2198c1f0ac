namespace IMU.Grains.Rollouts;

/// <summary>A target LPAR of a rollout: its wave and the zone it IPLs from.</summary>
/// <param name="Lpar">The LPAR.</param>
/// <param name="Wave">Its wave, from 1.</param>
/// <param name="ZoneKey">The zone it IPLs from (<c>SYS001/TGT1</c>).</param>
[GenerateSerializer]
[Alias("imu.rollouts.planned-lpar")]
public sealed record PlannedLpar(string Lpar, int Wave, string ZoneKey);
