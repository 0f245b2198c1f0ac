using IMU.Grains.Models;

namespace IMU.Grains.Lpars;

/// <summary>The last view one rollout gave of this LPAR.</summary>
[GenerateSerializer]
[Alias("imu.lpars.lpar-rollout-record")]
public sealed class LparRolloutRecord
{
    [Id(0)]
    public InstalledSysmod[] Installed { get; set; } = [];

    [Id(1)]
    public bool WantIpl { get; set; }

    [Id(2)]
    public string? IplOperationId { get; set; }

    [Id(3)]
    public LparState? State { get; set; }

    /// <summary>When the rollout last told its view (the latest rollout decides the LPAR's state in <c>fleet list</c>).</summary>
    [Id(4)]
    public DateTimeOffset At { get; set; }
}
