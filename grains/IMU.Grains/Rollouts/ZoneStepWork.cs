using IMU.Grains.Models;

namespace IMU.Grains.Rollouts;

/// <summary>A zone step in flight, recorded before it is sent so that a restarted rollout sends the same operation again.</summary>
[GenerateSerializer]
[Alias("imu.rollouts.zone-step-work")]
public sealed class ZoneStepWork
{
    [Id(0)]
    public required string OperationId { get; set; }

    [Id(1)]
    public required ZoneStepKind Kind { get; set; }

    [Id(2)]
    public required string[] Sysmods { get; set; }

    [Id(3)]
    public DateTimeOffset StartedAt { get; set; }
}
