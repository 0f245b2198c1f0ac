namespace IMU.Grains.Models;

/// <summary>One file of a maintenance package: SYSMODs (SMPPTFIN) or HOLDDATA (SMPHOLD).</summary>
/// <param name="Name">The file name, as errors cite it.</param>
/// <param name="Text">The MCS text.</param>
/// <param name="HoldData">True for a HOLDDATA file (<c>--holddata</c>).</param>
[GenerateSerializer]
[Alias("imu.maintenance-file")]
public sealed record MaintenanceFile(string Name, string Text, bool HoldData);
