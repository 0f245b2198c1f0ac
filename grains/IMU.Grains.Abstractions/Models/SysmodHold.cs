namespace IMU.Grains.Models;

/// <summary>A hold on a SYSMOD as received: internal (in its MCS) or external (HOLDDATA), not yet released.</summary>
/// <param name="Category">ERROR, SYSTEM, USER or FIXCAT.</param>
/// <param name="Reason">The reason ID.</param>
/// <param name="Classes">Its hold classes (HIPER, PE, ...).</param>
/// <param name="Comment">The COMMENT text, or null.</param>
/// <param name="Internal">True for a <c>++HOLD</c> inside the SYSMOD, which no <c>++RELEASE</c> removes.</param>
[GenerateSerializer]
[Alias("imu.sysmod-hold")]
public sealed record SysmodHold(string Category, string Reason, string[] Classes, string? Comment, bool Internal);
