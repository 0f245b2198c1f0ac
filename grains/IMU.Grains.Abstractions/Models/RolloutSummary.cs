namespace IMU.Grains.Models;

/// <summary>One row of <c>rollout list</c>.</summary>
/// <param name="Name">The rollout.</param>
/// <param name="State">Its state.</param>
/// <param name="Sysmods">Its SYSMODs.</param>
/// <param name="Lpars">How many LPARs it targets.</param>
/// <param name="CreatedBy">Who created it.</param>
/// <param name="CreatedAt">When (UTC).</param>
[GenerateSerializer]
[Alias("imu.rollout-summary")]
public sealed record RolloutSummary(string Name, RolloutState State, string[] Sysmods, int Lpars, string CreatedBy, DateTimeOffset CreatedAt);
