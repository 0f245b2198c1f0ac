namespace IMU.Grains.Models;

/// <summary>What <c>fleet apply</c> did: nothing and every error, or which LPARs it added, updated or left as they were.</summary>
/// <param name="Errors">Each error as <c>FILE:LINE:COL: error: MESSAGE</c>; when any, nothing changed.</param>
/// <param name="Added">LPARs new to the fleet.</param>
/// <param name="Updated">LPARs whose declaration changed.</param>
/// <param name="Unchanged">LPARs declared exactly as before.</param>
[GenerateSerializer]
[Alias("imu.fleet-apply-result")]
public sealed record FleetApplyResult(string[] Errors, string[] Added, string[] Updated, string[] Unchanged);
