namespace IMU.Grains.Models;

/// <summary>A declared group: a SYSMOD with a SYSTEM MULTSYS hold goes onto all its members as one unit.</summary>
/// <param name="Name">The group name.</param>
/// <param name="Members">The member LPARs.</param>
[GenerateSerializer]
[Alias("imu.group-definition")]
public sealed record GroupDefinition(string Name, string[] Members);
