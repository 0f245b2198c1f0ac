namespace IMU.Grains.Models;

/// <summary>An LPAR's answer to the health check between waves.</summary>
/// <param name="Lpar">The LPAR.</param>
/// <param name="Healthy">True when the HMC shows it operating and its z/OSMF answers <c>D IPLINFO</c>.</param>
/// <param name="Reason">Why it is not healthy, or null.</param>
[GenerateSerializer]
[Alias("imu.health-result")]
public sealed record HealthResult(string Lpar, bool Healthy, string? Reason);
