using IMU.Smpe.Activation;
using IMU.Smpe.Mcs;

namespace IMU.Smpe.Zones;

/// <summary>A SYSMOD entry of a zone, as <c>LIST SYSMODS</c> shows it.</summary>
public sealed record SysmodEntry
{
    /// <summary>The SYSMOD ID.</summary>
    public required string Id { get; init; }

    /// <summary>The SYSMOD type, or null for a superseded entry whose SYSMOD was never received.</summary>
    public SysmodType? Type { get; init; }

    /// <summary>Received, applied, accepted or (only) superseded.</summary>
    public required SysmodEntryStatus Status { get; init; }

    /// <summary>The owning FMID (a function's own ID for a function), or null when unknown.</summary>
    public string? Fmid { get; init; }

    /// <summary>The installed SYSMODs that supersede this one (SUPBY).</summary>
    public IReadOnlyList<string> SupBy { get; init; } = [];

    /// <summary>True when the SYSMOD is held for an ERROR reason that nothing in the zone resolves.</summary>
    public bool Error { get; init; }

    /// <summary>What it takes to activate the SYSMOD.</summary>
    public ActivationClass Activation { get; init; }
}
