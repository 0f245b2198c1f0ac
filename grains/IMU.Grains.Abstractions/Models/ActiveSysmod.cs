namespace IMU.Grains.Models;

/// <summary>A SYSMOD active on an LPAR.</summary>
/// <param name="Id">The SYSMOD ID.</param>
[GenerateSerializer]
[Alias("imu.active-sysmod")]
public sealed record ActiveSysmod(string Id);
