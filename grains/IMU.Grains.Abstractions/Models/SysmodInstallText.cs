namespace IMU.Grains.Models;

/// <summary>What a RECEIVE on a system needs for one SYSMOD.</summary>
/// <param name="Mcs">Its MCS (SMPPTFIN).</param>
/// <param name="HoldData">Its external <c>++HOLD</c>/<c>++RELEASE</c> statements (SMPHOLD), possibly empty.</param>
[GenerateSerializer]
[Alias("imu.sysmod-install-text")]
public sealed record SysmodInstallText(string Mcs, string HoldData);
