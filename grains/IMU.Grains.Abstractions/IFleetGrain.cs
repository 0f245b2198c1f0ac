using IMU.Grains.Models;
using Orleans.Concurrency;

namespace IMU.Grains;

/// <summary>The fleet registry (key <see cref="GrainKeys.Fleet"/>): LPARs, groups and IPL windows from fleet files, received maintenance, and fleet-wide lists.</summary>
[Alias("imu.fleet")]
public interface IFleetGrain : IGrainWithStringKey
{
    /// <summary><c>fleet apply</c>: declares or updates what the file names; a file with any error changes nothing.</summary>
    /// <param name="file">The fleet file.</param>
    /// <returns>The errors, or what changed.</returns>
    [Alias("apply")]
    Task<FleetApplyResult> ApplyAsync(FleetFile file);

    /// <summary>The fleet as declared so far.</summary>
    /// <returns>The LPARs and groups.</returns>
    [Alias("get-definition")]
    [AlwaysInterleave]
    [ResponseTimeout("00:00:10")]
    Task<FleetDefinition> GetDefinitionAsync();

    /// <summary><c>fleet list</c>: every LPAR with its state, whether it needs an IPL and its next IPL window.</summary>
    /// <returns>One row per LPAR, in declaration order.</returns>
    [Alias("list")]
    Task<FleetLparSummary[]> ListAsync();

    /// <summary><c>maintenance receive</c>: reads the MCS and HOLDDATA, RECEIVEs them into a scratch global zone to check them and derive each SYSMOD's activation class, and records them.</summary>
    /// <param name="package">The files and who receives them.</param>
    /// <returns>Positioned errors (nothing received), or the SYSMODs received or changed.</returns>
    [Alias("receive")]
    Task<MaintenanceReceiveResult> ReceiveAsync(MaintenancePackage package);

    /// <summary>Records a rollout's name for <c>rollout list</c> (idempotent; each rollout repeats it when it activates).</summary>
    /// <param name="name">The rollout.</param>
    /// <returns>A task.</returns>
    [Alias("register-rollout")]
    [OneWay]
    Task RegisterRolloutAsync(string name);

    /// <summary><c>rollout list</c>.</summary>
    /// <returns>One row per rollout, oldest first.</returns>
    [Alias("list-rollouts")]
    Task<RolloutSummary[]> ListRolloutsAsync();
}
