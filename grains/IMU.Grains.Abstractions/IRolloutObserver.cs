using IMU.Grains.Models;

namespace IMU.Grains;

/// <summary>Told a rollout's status each time it changes (<c>rollout status --watch</c>).</summary>
[Alias("imu.rollout-observer")]
public interface IRolloutObserver : IGrainObserver
{
    /// <summary>The rollout's status after a change.</summary>
    /// <param name="status">The status.</param>
    [Alias("on-status")]
    void OnStatus(RolloutStatus status);
}
