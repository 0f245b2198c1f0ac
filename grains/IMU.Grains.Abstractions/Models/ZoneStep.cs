namespace IMU.Grains.Models;

/// <summary>One SMP/E step a rollout asks of a zone; the operation id makes asking twice run it once.</summary>
[GenerateSerializer]
[Alias("imu.zone-step")]
public sealed record ZoneStep
{
    /// <summary>The idempotency key: the agent follows a job already submitted under it.</summary>
    [Id(0)]
    public required string OperationId { get; init; }

    /// <summary>The command.</summary>
    [Id(1)]
    public required ZoneStepKind Kind { get; init; }

    /// <summary>The SYSMODs it selects.</summary>
    [Id(2)]
    public required string[] Sysmods { get; init; }

    /// <summary>BYPASS operands for APPLY CHECK and APPLY, each one SMP/E operand.</summary>
    [Id(3)]
    public string[] Bypass { get; init; } = [];

    /// <summary>GROUPEXTEND for APPLY CHECK and APPLY.</summary>
    [Id(4)]
    public bool GroupExtend { get; init; }

    /// <summary>For RECEIVE: the MCS of the selected SYSMODs (SMPPTFIN).</summary>
    [Id(5)]
    public string? Mcs { get; init; }

    /// <summary>For RECEIVE: external HOLDDATA for them (SMPHOLD), or null.</summary>
    [Id(6)]
    public string? HoldData { get; init; }

    /// <summary>The rollout that asks; it is told when the step ends.</summary>
    [Id(7)]
    public required string Rollout { get; init; }

    /// <summary>The zone grain's key (<c>SYS001/TGT1</c>).</summary>
    [Id(8)]
    public required string Zone { get; init; }
}
