namespace IMU.Grains.Models;

/// <summary>What <c>imu sysmod show</c> prints: the SYSMOD, its holds, and where it is applied, staged and active.</summary>
[GenerateSerializer]
[Alias("imu.sysmod-view")]
public sealed record SysmodView
{
    /// <summary>The SYSMOD ID.</summary>
    [Id(0)]
    public required string Id { get; init; }

    /// <summary>True once its MCS was received; a SYSMOD known only from HOLDDATA is not.</summary>
    [Id(1)]
    public bool Received { get; init; }

    /// <summary>PTF, APAR, USERMOD or FUNCTION; null until received.</summary>
    [Id(2)]
    public string? Type { get; init; }

    /// <summary>The FMID it applies to (its own ID for a FUNCTION), or null.</summary>
    [Id(3)]
    public string? Fmid { get; init; }

    /// <summary>What it takes to activate it.</summary>
    [Id(4)]
    public SysmodActivation Activation { get; init; }

    /// <summary>Its holds not released.</summary>
    [Id(5)]
    public SysmodHold[] Holds { get; init; } = [];

    /// <summary>The zones it is applied in.</summary>
    [Id(6)]
    public SysmodPlacement[] Applied { get; init; } = [];

    /// <summary>The LPARs it is staged on (applied to the zone they IPL from, waiting for an IPL).</summary>
    [Id(7)]
    public SysmodPlacement[] Staged { get; init; } = [];

    /// <summary>The LPARs it is active on.</summary>
    [Id(8)]
    public SysmodPlacement[] Active { get; init; } = [];
}
