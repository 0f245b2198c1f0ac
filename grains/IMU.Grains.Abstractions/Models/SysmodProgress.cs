namespace IMU.Grains.Models;

/// <summary>Where one SYSMOD of a rollout is on one LPAR.</summary>
/// <param name="Id">The SYSMOD ID.</param>
/// <param name="Status">Its state on the LPAR.</param>
/// <param name="Activation">What it takes to activate it.</param>
/// <param name="Holds">Its holds and who resolved them.</param>
[GenerateSerializer]
[Alias("imu.sysmod-progress")]
public sealed record SysmodProgress(string Id, LparState Status, SysmodActivation Activation, HoldStatus[] Holds);
