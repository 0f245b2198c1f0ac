namespace IMU.Grains.Models;

/// <summary>A hold on a SYSMOD and who resolved it, if anyone.</summary>
/// <param name="Category">ERROR, SYSTEM, USER or FIXCAT.</param>
/// <param name="Reason">The reason ID (an APAR-fix ID, or a SYSTEM reason such as IPL or ACTION).</param>
/// <param name="ResolvedBy">Who resolved it (<c>orchestrator</c>, or the user who gave the bypass), or null while it holds.</param>
[GenerateSerializer]
[Alias("imu.hold-status")]
public sealed record HoldStatus(string Category, string Reason, string? ResolvedBy);
