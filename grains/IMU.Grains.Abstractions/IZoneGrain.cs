using IMU.Grains.Models;

namespace IMU.Grains;

/// <summary>
/// One SMP/E target zone (key <c>SYSTEM/ZONE</c>, the system whose z/OSMF runs SMP/E for it): one SMP/E
/// operation at a time through the agent, each recorded before and after under its operation id.
/// </summary>
[Alias("imu.zone")]
public interface IZoneGrain : IGrainWithStringKey
{
    /// <summary>Queues a step and returns; the zone tells the step's rollout when it ends. Asking again with the same operation id queues nothing.</summary>
    /// <param name="step">The step.</param>
    /// <returns>A task that completes once the step is recorded.</returns>
    [Alias("run")]
    [ResponseTimeout("00:00:10")]
    Task RunAsync(ZoneStep step);

    /// <summary>How a step ended, or null while it runs (or when the zone never heard of it).</summary>
    /// <param name="operationId">The step's operation id.</param>
    /// <returns>The result, or null.</returns>
    [Alias("get-result")]
    [ResponseTimeout("00:00:10")]
    Task<ZoneStepResult?> GetResultAsync(string operationId);
}
