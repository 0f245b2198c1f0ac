namespace IMU.Grains.Rollouts;

/// <summary>A zone a rollout installs into: once, in the first wave that has one of its LPARs.</summary>
/// <param name="ZoneKey">The zone grain's key (<c>SYS001/TGT1</c>).</param>
/// <param name="Wave">The wave its SMP/E work runs in.</param>
/// <param name="Lpars">The rollout's LPARs that IPL from it.</param>
/// <param name="SharedWith">Every LPAR of the fleet that IPLs from it; all of them get the change staged.</param>
[GenerateSerializer]
[Alias("imu.rollouts.planned-zone")]
public sealed record PlannedZone(string ZoneKey, int Wave, string[] Lpars, string[] SharedWith);
