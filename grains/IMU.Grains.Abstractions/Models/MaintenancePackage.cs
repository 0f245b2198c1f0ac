namespace IMU.Grains.Models;

/// <summary>What <c>imu maintenance receive</c> sends: SYSMOD and HOLDDATA files, and who receives them.</summary>
/// <param name="Files">The files.</param>
/// <param name="By">The OS user or token subject of the caller.</param>
[GenerateSerializer]
[Alias("imu.maintenance-package")]
public sealed record MaintenancePackage(MaintenanceFile[] Files, string By);
