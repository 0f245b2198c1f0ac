using IMU.Grains.Models;

namespace IMU.Grains.Lpars;

/// <summary>An LPAR's durable state: its declaration, what is staged and active on it, and its IPLs.</summary>
[GenerateSerializer]
[Alias("imu.lpars.lpar-grain-state")]
public sealed class LparGrainState
{
    [Id(0)]
    public LparDefinition? Definition { get; set; }

    [Id(1)]
    public Dictionary<string, LparRolloutRecord> Rollouts { get; set; } = [];

    [Id(2)]
    public List<LparSysmodEntry> Sysmods { get; set; } = [];

    /// <summary>The last IPL <c>D IPLINFO</c> showed (the system's clock), or null before the system was asked.</summary>
    [Id(3)]
    public DateTimeOffset? LastIpl { get; set; }

    [Id(4)]
    public LparIplRun? Ipl { get; set; }
}
