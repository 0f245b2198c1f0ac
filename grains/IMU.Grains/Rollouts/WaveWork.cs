namespace IMU.Grains.Rollouts;

/// <summary>A wave's gates: when its LPARs were done, its health check, and the next wave's approval.</summary>
[GenerateSerializer]
[Alias("imu.rollouts.wave-work")]
public sealed class WaveWork
{
    [Id(0)]
    public int Index { get; set; }

    /// <summary>When every LPAR of the wave was done; the bake time counts from here.</summary>
    [Id(1)]
    public DateTimeOffset? DoneAt { get; set; }

    /// <summary>Who approved this wave to start (with <c>--approve-waves</c>), or null.</summary>
    [Id(2)]
    public string? ApprovedBy { get; set; }

    /// <summary>When the wave's LPARs last answered the health check, or null.</summary>
    [Id(3)]
    public DateTimeOffset? HealthyAt { get; set; }

    /// <summary>LPARs that did not answer the last health check, with why.</summary>
    [Id(4)]
    public List<string> Unhealthy { get; set; } = [];

    /// <summary>When the health check was last asked for, or null.</summary>
    [Id(5)]
    public DateTimeOffset? HealthRequestedAt { get; set; }

    /// <summary>True once every gate passed and the next wave may start.</summary>
    [Id(6)]
    public bool Completed { get; set; }
}
