namespace IMU.Grains.Models;

/// <summary>Where one LPAR is in a rollout, SYSMOD by SYSMOD, and why it waits or failed.</summary>
/// <param name="Lpar">The LPAR.</param>
/// <param name="State">Its state, derived from its SYSMODs' states.</param>
/// <param name="Sysmods">Each SYSMOD of the rollout on this LPAR.</param>
/// <param name="Reasons">Why it is held, failed, or waits (for a window, a group, a decision).</param>
[GenerateSerializer]
[Alias("imu.lpar-progress")]
public sealed record LparProgress(string Lpar, LparState State, SysmodProgress[] Sysmods, string[] Reasons);
