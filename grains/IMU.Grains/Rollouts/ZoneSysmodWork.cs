namespace IMU.Grains.Rollouts;

/// <summary>One SYSMOD of a rollout in one zone: its status and, when held or failed, why.</summary>
[GenerateSerializer]
[Alias("imu.rollouts.zone-sysmod-work")]
public sealed class ZoneSysmodWork
{
    [Id(0)]
    public ZoneSysmodStatus Status { get; set; }

    [Id(1)]
    public string? Reason { get; set; }

    /// <summary>True once this rollout's APPLY put it in (so a restore takes it out again).</summary>
    [Id(2)]
    public bool AppliedByRollout { get; set; }
}
