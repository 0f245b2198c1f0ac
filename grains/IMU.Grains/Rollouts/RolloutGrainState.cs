using IMU.Grains.Models;

namespace IMU.Grains.Rollouts;

/// <summary>A rollout's durable state: its plan and everything done under it, written before and after every step.</summary>
[GenerateSerializer]
[Alias("imu.rollouts.rollout-grain-state")]
public sealed class RolloutGrainState
{
    [Id(0)]
    public RolloutPlan? Plan { get; set; }

    /// <summary>The lifecycle as commands and limits set it; WAITING is derived from what the rollout waits for.</summary>
    [Id(1)]
    public RolloutState Lifecycle { get; set; }

    [Id(2)]
    public List<ZoneWork> Zones { get; set; } = [];

    [Id(3)]
    public List<LparWork> Lpars { get; set; } = [];

    [Id(4)]
    public List<WaveWork> Waves { get; set; } = [];

    [Id(5)]
    public List<GroupWork> Groups { get; set; } = [];

    [Id(6)]
    public List<AuditEntry> Audit { get; set; } = [];

    /// <summary>The last operation number used; operation ids are unique within the rollout.</summary>
    [Id(7)]
    public int OperationCount { get; set; }

    /// <summary>Why the rollout stopped (too many failures), or null.</summary>
    [Id(8)]
    public string? StopReason { get; set; }

    /// <summary>Hold decisions given while the rollout runs, each covering one hold on one SYSMOD.</summary>
    [Id(9)]
    public List<HoldDecision> Decisions { get; set; } = [];
}
