using IMU.Grains.Models;

namespace IMU.Grains.Fleet;

/// <summary>The fleet's durable state: the declared LPARs and groups, and the rollouts created.</summary>
[GenerateSerializer]
[Alias("imu.fleet.fleet-grain-state")]
public sealed class FleetGrainState
{
    [Id(0)]
    public FleetDefinition Fleet { get; set; } = new([], []);

    [Id(1)]
    public List<string> Rollouts { get; set; } = [];
}
