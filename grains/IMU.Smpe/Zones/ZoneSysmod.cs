using IMU.Smpe.Activation;
using IMU.Smpe.Mcs;

namespace IMU.Smpe.Zones;

/// <summary>A SYSMOD entry of a target or DLIB zone as the engine keeps it in memory.</summary>
internal sealed record ZoneSysmod
{
    public required string Id { get; init; }

    public SysmodType? Type { get; init; }

    public required SysmodEntryStatus Status { get; init; }

    public string? Fmid { get; init; }

    public IReadOnlyList<string> SupBy { get; init; } = [];

    public ActivationClass Activation { get; init; }

    public bool IsInstalled => Status is SysmodEntryStatus.Applied or SysmodEntryStatus.Accepted;

    /// <summary>Installed itself, or superseded by something installed: counts for PRE/REQ/IFREQ and ERROR holds.</summary>
    public bool IsPresent => IsInstalled || SupBy.Count > 0;
}
