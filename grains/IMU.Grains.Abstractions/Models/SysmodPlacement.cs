namespace IMU.Grains.Models;

/// <summary>One place a SYSMOD is: a zone it is applied in, or an LPAR it is staged or active on, and the rollout that put it there.</summary>
/// <param name="Where">The zone key (<c>SYS001/TGT1</c>) or the LPAR name.</param>
/// <param name="Rollout">The rollout that put it there, or null when it was found there.</param>
/// <param name="Since">When it got there (UTC).</param>
[GenerateSerializer]
[Alias("imu.sysmod-placement")]
public sealed record SysmodPlacement(string Where, string? Rollout, DateTimeOffset Since);
