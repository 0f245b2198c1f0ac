using IMU.Grains.Models;

namespace IMU.Grains.Sysmods;

/// <summary>A SYSMOD's durable state: its MCS as received, its external HOLDDATA, and where it is.</summary>
[GenerateSerializer]
[Alias("imu.sysmods.sysmod-grain-state")]
public sealed class SysmodGrainState
{
    [Id(0)]
    public SysmodMcs? Sysmod { get; set; }

    [Id(1)]
    public DateTimeOffset? ReceivedAt { get; set; }

    [Id(2)]
    public string? ReceivedBy { get; set; }

    /// <summary>The external holds not released, and the releases (RECEIVEd with it, so a system that has the old hold drops it).</summary>
    [Id(3)]
    public List<ExternalHoldData> HoldData { get; set; } = [];

    [Id(4)]
    public List<SysmodPlacement> Applied { get; set; } = [];

    [Id(5)]
    public List<SysmodPlacement> Staged { get; set; } = [];

    [Id(6)]
    public List<SysmodPlacement> Active { get; set; } = [];
}
