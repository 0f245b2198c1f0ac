namespace IMU.Grains.Rollouts;

/// <summary>A rollout's work on one zone: what it received, checked and applied there, and the step in flight.</summary>
[GenerateSerializer]
[Alias("imu.rollouts.zone-work")]
public sealed class ZoneWork
{
    [Id(0)]
    public required string ZoneKey { get; set; }

    [Id(1)]
    public int Wave { get; set; }

    [Id(2)]
    public bool Received { get; set; }

    [Id(3)]
    public Dictionary<string, ZoneSysmodWork> Sysmods { get; set; } = [];

    [Id(4)]
    public ZoneStepWork? InFlight { get; set; }

    /// <summary>Why the zone's work stopped (a RECEIVE or job failure), or null.</summary>
    [Id(5)]
    public string? Failure { get; set; }
}
