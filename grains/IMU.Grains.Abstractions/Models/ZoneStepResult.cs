namespace IMU.Grains.Models;

/// <summary>How a zone step ended, as the zone grain recorded it after the job.</summary>
[GenerateSerializer]
[Alias("imu.zone-step-result")]
public sealed record ZoneStepResult
{
    /// <summary>The step's operation id.</summary>
    [Id(0)]
    public required string OperationId { get; init; }

    /// <summary>The zone grain's key.</summary>
    [Id(1)]
    public required string Zone { get; init; }

    /// <summary>The command.</summary>
    [Id(2)]
    public required ZoneStepKind Kind { get; init; }

    /// <summary>True when the job ran to its end with SMP/E RC 4 or lower.</summary>
    [Id(3)]
    public required bool Succeeded { get; init; }

    /// <summary>Each selected SYSMOD's outcome.</summary>
    [Id(4)]
    public ZoneSysmodResult[] Sysmods { get; init; } = [];

    /// <summary>Why the step failed as a whole (JCL ERROR, ABEND, system unreachable), or null.</summary>
    [Id(5)]
    public string? Error { get; init; }

    /// <summary>The job (name and id) that did the work, or null when none ran.</summary>
    [Id(6)]
    public string? Job { get; init; }
}
