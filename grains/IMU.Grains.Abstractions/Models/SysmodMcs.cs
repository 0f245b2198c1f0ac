namespace IMU.Grains.Models;

/// <summary>A SYSMOD's MCS as received, with what the SMP/E engine derived from it.</summary>
/// <param name="Mcs">Its MCS (header to the next header), to RECEIVE on each system.</param>
/// <param name="Type">PTF, APAR, USERMOD or FUNCTION.</param>
/// <param name="Fmid">The FMID it applies to (its own ID for a FUNCTION), or null.</param>
/// <param name="Activation">Its activation class.</param>
/// <param name="Holds">Its internal holds.</param>
[GenerateSerializer]
[Alias("imu.sysmod-mcs")]
public sealed record SysmodMcs(string Mcs, string Type, string? Fmid, SysmodActivation Activation, SysmodHold[] Holds);
