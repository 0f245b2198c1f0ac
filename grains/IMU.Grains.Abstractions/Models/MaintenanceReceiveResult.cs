namespace IMU.Grains.Models;

/// <summary>What <c>maintenance receive</c> did: nothing and every positioned error, or the SYSMODs it now knows.</summary>
/// <param name="Errors">Each error as <c>FILE:LINE:COL: error: MESSAGE</c>; when any, nothing was received.</param>
/// <param name="Sysmods">Every SYSMOD the package brought or changed the holds of.</param>
[GenerateSerializer]
[Alias("imu.maintenance-receive-result")]
public sealed record MaintenanceReceiveResult(string[] Errors, SysmodView[] Sysmods);
