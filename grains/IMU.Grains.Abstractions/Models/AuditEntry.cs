namespace IMU.Grains.Models;

/// <summary>One decision in a rollout's audit record: who did what, when, and why.</summary>
/// <param name="At">When (UTC).</param>
/// <param name="By">Who: the OS user or token subject, or <c>orchestrator</c> for what the orchestrator decided itself.</param>
/// <param name="Action">What, as a word: <c>create</c>, <c>start</c>, <c>bypass</c>, <c>resolve</c>, <c>approve</c>, ...</param>
/// <param name="Detail">What exactly, e.g. which hold on which SYSMOD.</param>
/// <param name="Reason">Why, as the caller gave it, or null.</param>
[GenerateSerializer]
[Alias("imu.audit-entry")]
public sealed record AuditEntry(DateTimeOffset At, string By, string Action, string Detail, string? Reason);
