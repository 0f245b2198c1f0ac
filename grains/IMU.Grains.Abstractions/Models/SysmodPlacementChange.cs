namespace IMU.Grains.Models;

/// <summary>A change to where a SYSMOD is, reported by the zone or LPAR grain that saw it.</summary>
/// <param name="Kind">What changed.</param>
/// <param name="Where">The zone key or the LPAR.</param>
/// <param name="Rollout">The rollout behind it, or null.</param>
/// <param name="At">When (UTC).</param>
[GenerateSerializer]
[Alias("imu.sysmod-placement-change")]
public sealed record SysmodPlacementChange(PlacementKind Kind, string Where, string? Rollout, DateTimeOffset At);
