using IMU.Grains.Models;

namespace IMU.Grains.Rollouts;

/// <summary>What a rollout decided about one hold on one SYSMOD, and who decided it.</summary>
/// <param name="SysmodId">The held SYSMOD.</param>
/// <param name="Hold">The hold.</param>
/// <param name="Resolution">How it is dealt with.</param>
/// <param name="By">Who resolved it: <c>orchestrator</c> or the user who gave the bypass; null while unresolved.</param>
[GenerateSerializer]
[Alias("imu.rollouts.hold-decision")]
public sealed record HoldDecision(string SysmodId, SysmodHold Hold, HoldResolution Resolution, string? By)
{
    public HoldStatus ToStatus() => new(Hold.Category, Hold.Reason, By);
}
