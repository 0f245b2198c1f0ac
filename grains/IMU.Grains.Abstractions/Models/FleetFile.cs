namespace IMU.Grains.Models;

/// <summary>A fleet file as the user wrote it; the fleet grain reads and checks it.</summary>
/// <param name="Name">The file name, as errors cite it (<c>FILE:LINE:COL</c>); <c>.json</c> is read as JSON, anything else as YAML.</param>
/// <param name="Text">The file's content.</param>
[GenerateSerializer]
[Alias("imu.fleet-file")]
public sealed record FleetFile(string Name, string Text);
