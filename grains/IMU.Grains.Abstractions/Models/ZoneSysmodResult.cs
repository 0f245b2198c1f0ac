namespace IMU.Grains.Models;

/// <summary>One SYSMOD's outcome in a zone step.</summary>
/// <param name="Id">The SYSMOD ID.</param>
/// <param name="Outcome">What happened to it.</param>
/// <param name="Reason">Why it was held or failed, in SMP/E's words, or null.</param>
[GenerateSerializer]
[Alias("imu.zone-sysmod-result")]
public sealed record ZoneSysmodResult(string Id, ZoneSysmodOutcome Outcome, string? Reason);
