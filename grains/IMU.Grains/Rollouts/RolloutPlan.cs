using IMU.Grains.Models;

namespace IMU.Grains.Rollouts;

/// <summary>A validated rollout: the request as given, and what it means for this fleet (waves, zones, groups, hold decisions).</summary>
[GenerateSerializer]
[Alias("imu.rollouts.rollout-plan")]
public sealed record RolloutPlan
{
    [Id(0)]
    public required string Name { get; init; }

    [Id(1)]
    public required RolloutRequest Request { get; init; }

    [Id(2)]
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The waves, each its LPARs, in order.</summary>
    [Id(3)]
    public required string[][] Waves { get; init; }

    [Id(4)]
    public required PlannedLpar[] Lpars { get; init; }

    [Id(5)]
    public required PlannedZone[] Zones { get; init; }

    [Id(6)]
    public required PlannedSysmod[] Sysmods { get; init; }

    [Id(7)]
    public required PlannedGroup[] Groups { get; init; }

    public PlannedSysmod Sysmod(string id) => Sysmods.First(s => s.Id == id);

    public PlannedZone Zone(string zoneKey) => Zones.First(z => z.ZoneKey == zoneKey);

    public PlannedLpar Lpar(string name) => Lpars.First(l => l.Lpar == name);
}
