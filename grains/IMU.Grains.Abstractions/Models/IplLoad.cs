namespace IMU.Grains.Models;

/// <summary>What an HMC load uses: the sysres device and the load parameter.</summary>
/// <param name="Address">The load address, 4 hex digits (e.g. <c>0A80</c>).</param>
/// <param name="Parameter">The load parameter, up to 8 characters: IODF device, LOADxx suffix, IMSI, nucleus suffix.</param>
[GenerateSerializer]
[Alias("imu.ipl-load")]
public sealed record IplLoad(string Address, string Parameter);
