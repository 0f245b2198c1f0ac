using IMU.Grains.Models;

namespace IMU.Grains;

/// <summary>One SYSMOD (key: its ID): its received MCS, its holds and releases, and where it is applied, staged and active.</summary>
[Alias("imu.sysmod")]
public interface ISysmodGrain : IGrainWithStringKey
{
    /// <summary>Records what a receive brought for this SYSMOD.</summary>
    /// <param name="receipt">Its MCS and external HOLDDATA.</param>
    /// <returns>The SYSMOD as it is now.</returns>
    [Alias("receive")]
    [ResponseTimeout("00:00:10")]
    Task<SysmodView> ReceiveAsync(SysmodReceipt receipt);

    /// <summary><c>sysmod show</c>.</summary>
    /// <returns>The SYSMOD; <see cref="SysmodView.Received"/> is false when nothing but HOLDDATA (or nothing at all) named it.</returns>
    [Alias("get")]
    [ResponseTimeout("00:00:10")]
    Task<SysmodView> GetAsync();

    /// <summary>What a RECEIVE on a system needs: the MCS and the external HOLDDATA.</summary>
    /// <returns>The text.</returns>
    [Alias("get-install-text")]
    [ResponseTimeout("00:00:10")]
    Task<SysmodInstallText> GetInstallTextAsync();

    /// <summary>Records a change to where the SYSMOD is.</summary>
    /// <param name="change">The change.</param>
    /// <returns>A task.</returns>
    [Alias("record")]
    [ResponseTimeout("00:00:10")]
    Task RecordAsync(SysmodPlacementChange change);
}
