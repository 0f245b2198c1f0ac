namespace IMU.Grains.Models;

/// <summary>What <c>lpar show</c> prints.</summary>
[GenerateSerializer]
[Alias("imu.lpar-view")]
public sealed record LparView
{
    /// <summary>The LPAR.</summary>
    [Id(0)]
    public required string Lpar { get; init; }

    /// <summary>The zone it IPLs from (<c>SYS001/TGT1</c>).</summary>
    [Id(1)]
    public required string Zone { get; init; }

    /// <summary>True when something is staged on it.</summary>
    [Id(2)]
    public bool NeedsIpl { get; init; }

    /// <summary>When it last IPLed, as <c>D IPLINFO</c> showed it, or null when not yet read.</summary>
    [Id(3)]
    public DateTimeOffset? LastIpl { get; init; }

    /// <summary>The start of its next usable IPL window, or null.</summary>
    [Id(4)]
    public DateTimeOffset? NextIplWindow { get; init; }

    /// <summary>What waits for its next IPL.</summary>
    [Id(5)]
    public StagedSysmod[] Staged { get; init; } = [];

    /// <summary>What the orchestrator put on it that is active.</summary>
    [Id(6)]
    public ActiveSysmod[] Active { get; init; } = [];

    /// <summary>Its sysplex.</summary>
    [Id(7)]
    public string? Sysplex { get; init; }

    /// <summary>Where an IPL asked for is.</summary>
    [Id(8)]
    public LparIplState Ipl { get; init; }

    /// <summary>Why it is not IPLed yet, or why its last IPL failed.</summary>
    [Id(9)]
    public string[] Reasons { get; init; } = [];
}
