using IMU.Grains.Models;

namespace IMU.Grains.Rollouts;

/// <summary>A rollout's view of one target LPAR: which of its staged SYSMODs are active, and its IPL.</summary>
[GenerateSerializer]
[Alias("imu.rollouts.lpar-work")]
public sealed class LparWork
{
    [Id(0)]
    public required string Lpar { get; set; }

    [Id(1)]
    public int Wave { get; set; }

    [Id(2)]
    public required string ZoneKey { get; set; }

    /// <summary>The rollout's IPL-class SYSMODs the LPAR has IPLed onto.</summary>
    [Id(3)]
    public List<string> Active { get; set; } = [];

    [Id(4)]
    public LparIplState Ipl { get; set; }

    /// <summary>What the LPAR grain says about the IPL (the window it waits for, why it failed), or null.</summary>
    [Id(5)]
    public string? IplReason { get; set; }

    /// <summary>The operation id of the IPL asked for.</summary>
    [Id(6)]
    public string? IplOperationId { get; set; }

    /// <summary>True when the LPAR grain has not yet been told the rollout's latest view of it.</summary>
    [Id(7)]
    public bool NeedsSync { get; set; }

    /// <summary>False for an LPAR outside <c>--lpars</c> that IPLs from a zone the rollout installs into: it gets the change staged, nothing more.</summary>
    [Id(8)]
    public bool Target { get; set; } = true;

    /// <summary>The view last sent to the LPAR grain, or null.</summary>
    [Id(9)]
    public LparRolloutSync? LastSync { get; set; }
}
