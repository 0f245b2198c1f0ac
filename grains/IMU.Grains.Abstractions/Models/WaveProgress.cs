namespace IMU.Grains.Models;

/// <summary>One wave of a rollout.</summary>
/// <param name="Index">The wave number, from 1.</param>
/// <param name="State">Where it is.</param>
/// <param name="Lpars">Its LPARs.</param>
[GenerateSerializer]
[Alias("imu.wave-progress")]
public sealed record WaveProgress(int Index, WaveState State, string[] Lpars);
