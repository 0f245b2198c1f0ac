using IMU.Runtime.Membership;

namespace IMU.Runtime.Placement;

/// <summary>Chooses the silo for a new activation. The cluster issue adds hashing over live silos.</summary>
public interface IPlacementStrategy
{
    /// <summary>Picks a silo for the grain's activation.</summary>
    /// <param name="grainId">The grain to place.</param>
    /// <param name="silos">The live silos.</param>
    /// <returns>The chosen silo.</returns>
    SiloAddress Place(GrainId grainId, IReadOnlyList<SiloAddress> silos);
}
