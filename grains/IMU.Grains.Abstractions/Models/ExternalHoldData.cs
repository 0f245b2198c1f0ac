namespace IMU.Grains.Models;

/// <summary>One external <c>++HOLD</c> or <c>++RELEASE</c> for a SYSMOD, kept as MCS to RECEIVE on each system.</summary>
/// <param name="Category">ERROR, SYSTEM, USER or FIXCAT.</param>
/// <param name="Reason">The reason ID.</param>
/// <param name="Hold">The hold, or null for a <c>++RELEASE</c>.</param>
/// <param name="Mcs">The statement's MCS.</param>
[GenerateSerializer]
[Alias("imu.external-hold-data")]
public sealed record ExternalHoldData(string Category, string Reason, SysmodHold? Hold, string Mcs);
