namespace IMU.Grains.Models;

/// <summary>One row of <c>fleet list</c>.</summary>
/// <param name="Lpar">The LPAR.</param>
/// <param name="Sysplex">Its sysplex.</param>
/// <param name="Zone">The zone it IPLs from (<c>SYS001/TGT1</c>).</param>
/// <param name="State">STAGED when changes wait for its IPL, else its state in the latest rollout that targets it (ACTIVE when none does).</param>
/// <param name="NeedsIpl">True when something is staged on it.</param>
/// <param name="NextIplWindow">The start of its next usable IPL window, or null when none is left.</param>
[GenerateSerializer]
[Alias("imu.fleet-lpar-summary")]
public sealed record FleetLparSummary(string Lpar, string Sysplex, string Zone, LparState State, bool NeedsIpl, DateTimeOffset? NextIplWindow);
