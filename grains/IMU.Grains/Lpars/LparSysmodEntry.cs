namespace IMU.Grains.Lpars;

/// <summary>A SYSMOD an orchestrator rollout put on this LPAR: staged (waiting for an IPL) or active.</summary>
[GenerateSerializer]
[Alias("imu.lpars.lpar-sysmod-entry")]
public sealed class LparSysmodEntry
{
    [Id(0)]
    public required string Id { get; set; }

    [Id(1)]
    public required string Rollout { get; set; }

    [Id(2)]
    public bool Staged { get; set; }

    /// <summary>When it was staged or became active (the silo's clock).</summary>
    [Id(3)]
    public DateTimeOffset Since { get; set; }

    /// <summary>
    /// The system's last IPL time (from <c>D IPLINFO</c>, the system's clock) when it was staged: an IPL
    /// shown later than this is one after the change went in. Null until the system was asked.
    /// </summary>
    [Id(4)]
    public DateTimeOffset? IplBefore { get; set; }
}
