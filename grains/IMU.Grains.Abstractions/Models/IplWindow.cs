namespace IMU.Grains.Models;

/// <summary>A time in which an LPAR may be IPLed, once or repeating.</summary>
/// <param name="Start">The first occurrence's start (UTC).</param>
/// <param name="Duration">How long each occurrence lasts.</param>
/// <param name="Repeat">The time between occurrence starts, or null for a single occurrence.</param>
[GenerateSerializer]
[Alias("imu.ipl-window")]
public sealed record IplWindow(DateTimeOffset Start, TimeSpan Duration, TimeSpan? Repeat);
