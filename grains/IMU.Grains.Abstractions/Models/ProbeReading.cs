namespace IMU.Grains.Models;

/// <summary>What a probe grain reports: its count, when it last changed, and which silo answered.</summary>
/// <param name="Count">How many increments have been stored.</param>
/// <param name="LastIncrementedAt">When the last increment was stored; null before the first.</param>
/// <param name="Silo">The address of the silo that answered (Orleans' SiloAddress text).</param>
[GenerateSerializer, Immutable, Alias("imu.probe-reading")]
public sealed record ProbeReading(
    [property: Id(0)] long Count,
    [property: Id(1)] DateTimeOffset? LastIncrementedAt,
    [property: Id(2)] string Silo);
