namespace IMU.Grains.Models;

/// <summary>The fleet as a fleet file declares it: the LPARs and the groups that take MULTSYS fixes as one unit.</summary>
/// <param name="Lpars">The LPARs, in file order.</param>
/// <param name="Groups">The declared groups; an LPAR in none belongs to its sysplex's group.</param>
[GenerateSerializer]
[Alias("imu.fleet-definition")]
public sealed record FleetDefinition(LparDefinition[] Lpars, GroupDefinition[] Groups);
