using IMU.Grains.Models;

namespace IMU.Grains;

/// <summary>
/// A durable counter for operators and tests: it proves that a silo serves grain calls and that
/// grain state survives deactivation, restarts and failover. Key it with any name.
/// </summary>
[Alias("imu.probe")]
public interface IProbeGrain : IGrainWithStringKey
{
    /// <summary>Adds one to the counter, writes the state durably, and returns the new reading.</summary>
    /// <returns>The reading after the durable write.</returns>
    [Alias("increment")]
    Task<ProbeReading> IncrementAsync();

    /// <summary>Returns the current reading without writing anything, so health checks may call it often.</summary>
    /// <returns>The reading as last stored.</returns>
    [Alias("read")]
    Task<ProbeReading> ReadAsync();
}
