namespace IMU.Grains.Models;

/// <summary>Who asks for a rollout command (start, pause, approve, ...) and why; it goes into the audit record.</summary>
/// <param name="By">The OS user or token subject of the caller.</param>
/// <param name="Reason">Why, or null.</param>
[GenerateSerializer]
[Alias("imu.operator-action")]
public sealed record OperatorAction(string By, string? Reason = null);
