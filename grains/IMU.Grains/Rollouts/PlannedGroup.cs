namespace IMU.Grains.Rollouts;

/// <summary>A MULTSYS SYSMOD on one group: CHECK on every member's zone, then APPLY on all, RESTORE everywhere if one fails.</summary>
/// <param name="Name">The group (declared, or the sysplex).</param>
/// <param name="Sysmod">The MULTSYS SYSMOD.</param>
/// <param name="Members">The member LPARs.</param>
/// <param name="Zones">The zones the members IPL from.</param>
[GenerateSerializer]
[Alias("imu.rollouts.planned-group")]
public sealed record PlannedGroup(string Name, string Sysmod, string[] Members, string[] Zones);
