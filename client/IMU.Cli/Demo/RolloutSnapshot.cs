using IMU.Grains.Models;

namespace IMU.Cli.Demo;

/// <summary>What the demo shows at one moment: the rollout's status and the IPLs each simulated system has completed.</summary>
/// <param name="Status">The rollout's status.</param>
/// <param name="Ipls">IPLs completed per LPAR, as the simulator counts them.</param>
/// <param name="Elapsed">Time since the demo started.</param>
internal sealed record RolloutSnapshot(RolloutStatus Status, IReadOnlyDictionary<string, int> Ipls, TimeSpan Elapsed);
