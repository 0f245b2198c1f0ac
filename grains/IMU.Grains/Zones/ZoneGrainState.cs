namespace IMU.Grains.Zones;

/// <summary>A zone's durable state: the steps asked of it, and its mirror of the real zone.</summary>
[GenerateSerializer]
[Alias("imu.zones.zone-grain-state")]
public sealed class ZoneGrainState
{
    /// <summary>The steps in the order asked; the oldest ended ones are dropped beyond a limit.</summary>
    [Id(0)]
    public List<ZoneOperation> Operations { get; set; } = [];

    /// <summary>The zone's SYSMOD entries as last listed or changed by a step: ID to LIST status words (<c>REC APP</c>).</summary>
    [Id(1)]
    public Dictionary<string, string> Mirror { get; set; } = [];

    /// <summary>When the zone was last LISTed, or null.</summary>
    [Id(2)]
    public DateTimeOffset? ListedAt { get; set; }
}
