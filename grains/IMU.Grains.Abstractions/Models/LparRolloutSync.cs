namespace IMU.Grains.Models;

/// <summary>
/// What one rollout has done to an LPAR, sent whole each time (so a lost or repeated message changes
/// nothing): its SYSMODs now in the LPAR's zone, and whether the LPAR should be IPLed onto them.
/// </summary>
/// <param name="Rollout">The rollout.</param>
/// <param name="Installed">Its SYSMODs in the zone the LPAR IPLs from; any it had before and not now were restored.</param>
/// <param name="WantIpl">True when the LPAR should be IPLed in its next usable window.</param>
/// <param name="IplOperationId">The operation id of that IPL, so the HMC load runs once.</param>
/// <param name="State">The LPAR's state in the rollout, for <c>fleet list</c>; null for an LPAR the rollout does not target.</param>
[GenerateSerializer]
[Alias("imu.lpar-rollout-sync")]
public sealed record LparRolloutSync(string Rollout, InstalledSysmod[] Installed, bool WantIpl, string? IplOperationId, LparState? State);
