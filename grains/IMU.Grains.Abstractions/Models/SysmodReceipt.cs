namespace IMU.Grains.Models;

/// <summary>What one receive brings for one SYSMOD: its MCS (unless only HOLDDATA names it) and its external holds and releases.</summary>
/// <param name="Id">The SYSMOD ID.</param>
/// <param name="Sysmod">Its MCS and what the engine derived from it, or null when only HOLDDATA names it.</param>
/// <param name="HoldData">External <c>++HOLD</c>/<c>++RELEASE</c> statements for it, in stream order.</param>
/// <param name="By">Who received it.</param>
[GenerateSerializer]
[Alias("imu.sysmod-receipt")]
public sealed record SysmodReceipt(string Id, SysmodMcs? Sysmod, ExternalHoldData[] HoldData, string By);
