using IMU.Runtime.Membership;

namespace IMU.Runtime.Placement;

/// <summary>Places every activation on this silo.</summary>
internal sealed class LocalPlacementStrategy(IMembershipService membership) : IPlacementStrategy
{
    public SiloAddress Place(GrainId grainId, IReadOnlyList<SiloAddress> silos) => membership.LocalSilo;
}
