namespace IMU.Grains.Rollouts;

/// <summary>A MULTSYS SYSMOD on one group: failed as a unit, and why.</summary>
[GenerateSerializer]
[Alias("imu.rollouts.group-work")]
public sealed class GroupWork
{
    [Id(0)]
    public required string Name { get; set; }

    [Id(1)]
    public required string Sysmod { get; set; }

    [Id(2)]
    public bool Failed { get; set; }

    [Id(3)]
    public string? Reason { get; set; }
}
