using IMU.Smpe.HoldData;

namespace IMU.Smpe.Commands;

/// <summary>A hold that applies to a SYSMOD in a command: either it held the SYSMOD or it was bypassed.</summary>
/// <param name="Category">ERROR, SYSTEM, USER or FIXCAT.</param>
/// <param name="Reason">The reason ID.</param>
/// <param name="Bypassed">True when a BYPASS operand released it for this command (bypassed holds are still reported).</param>
public sealed record HoldResult(HoldCategory Category, string Reason, bool Bypassed);
