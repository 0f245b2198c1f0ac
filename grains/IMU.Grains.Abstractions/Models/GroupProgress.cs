namespace IMU.Grains.Models;

/// <summary>A MULTSYS SYSMOD on one group: it goes onto every member as one unit.</summary>
/// <param name="Name">The group (declared, or the sysplex).</param>
/// <param name="Sysmod">The SYSMOD with the SYSTEM MULTSYS hold.</param>
/// <param name="State">The group's state for that SYSMOD.</param>
[GenerateSerializer]
[Alias("imu.group-progress")]
public sealed record GroupProgress(string Name, string Sysmod, LparState State);
