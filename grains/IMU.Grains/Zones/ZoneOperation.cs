using IMU.Grains.Models;

namespace IMU.Grains.Zones;

/// <summary>One step a zone was asked for, and what became of it.</summary>
[GenerateSerializer]
[Alias("imu.zones.zone-operation")]
public sealed class ZoneOperation
{
    [Id(0)]
    public required ZoneStep Step { get; set; }

    [Id(1)]
    public ZoneOperationStatus Status { get; set; }

    /// <summary>How many times the step was sent to the system (each time under the same operation id).</summary>
    [Id(2)]
    public int Attempts { get; set; }

    [Id(3)]
    public DateTimeOffset QueuedAt { get; set; }

    [Id(4)]
    public DateTimeOffset? StartedAt { get; set; }

    [Id(5)]
    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>When to try again after a failure that may pass (the system unreachable, a timeout), or null.</summary>
    [Id(6)]
    public DateTimeOffset? RetryAt { get; set; }

    [Id(7)]
    public string? LastError { get; set; }

    [Id(8)]
    public ZoneStepResult? Result { get; set; }
}
