namespace IMU.Grains.Models;

/// <summary>A SYSMOD a rollout has in the zone an LPAR IPLs from, with what it takes to activate it.</summary>
/// <param name="Id">The SYSMOD ID.</param>
/// <param name="Activation">IPL-class SYSMODs are staged until the LPAR IPLs; the others are active.</param>
[GenerateSerializer]
[Alias("imu.installed-sysmod")]
public sealed record InstalledSysmod(string Id, SysmodActivation Activation);
