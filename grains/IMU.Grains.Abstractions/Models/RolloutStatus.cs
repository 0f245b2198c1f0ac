namespace IMU.Grains.Models;

/// <summary>Everything <c>rollout status --json</c> prints.</summary>
/// <param name="Name">The rollout.</param>
/// <param name="State">Its state.</param>
/// <param name="Sysmods">Its SYSMODs.</param>
/// <param name="Waves">Its waves in order.</param>
/// <param name="Lpars">Each target LPAR.</param>
/// <param name="Groups">Each MULTSYS SYSMOD on each group it concerns.</param>
/// <param name="Audit">Its audit record, oldest first.</param>
/// <param name="Reasons">Why the rollout waits, failed or stopped; empty while it simply runs.</param>
[GenerateSerializer]
[Alias("imu.rollout-status")]
public sealed record RolloutStatus(
    string Name,
    RolloutState State,
    string[] Sysmods,
    WaveProgress[] Waves,
    LparProgress[] Lpars,
    GroupProgress[] Groups,
    AuditEntry[] Audit,
    string[] Reasons);
