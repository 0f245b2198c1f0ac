namespace IMU.Grains.Models;

/// <summary>The answer to a rollout command: refused with a reason naming the culprit, or accepted with the state it led to.</summary>
/// <param name="Accepted">False when nothing changed.</param>
/// <param name="Errors">Why it was refused; empty when accepted.</param>
/// <param name="State">The rollout's state afterwards.</param>
[GenerateSerializer]
[Alias("imu.rollout-command-result")]
public sealed record RolloutCommandResult(bool Accepted, string[] Errors, RolloutState State);
