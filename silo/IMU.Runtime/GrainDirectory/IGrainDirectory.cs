using IMU.Runtime.Membership;

namespace IMU.Runtime.GrainDirectory;

/// <summary>
/// Where each grain's activation lives. Registration is first-writer-wins: a silo that loses must
/// forward to the winner instead of activating. The cluster issue adds a table-backed directory.
/// </summary>
public interface IGrainDirectory
{
    /// <summary>The silo hosting the grain's activation, or null when none is registered.</summary>
    /// <param name="grainId">The grain.</param>
    /// <returns>The owner, or null.</returns>
    SiloAddress? Lookup(GrainId grainId);

    /// <summary>Registers <paramref name="silo"/> as the owner unless another silo already is.</summary>
    /// <param name="grainId">The grain.</param>
    /// <param name="silo">The silo that wants to activate it.</param>
    /// <returns>The owner after the call: <paramref name="silo"/> or the earlier winner.</returns>
    SiloAddress Register(GrainId grainId, SiloAddress silo);

    /// <summary>Removes the registration if <paramref name="silo"/> still owns it.</summary>
    /// <param name="grainId">The grain.</param>
    /// <param name="silo">The silo whose activation went away.</param>
    void Unregister(GrainId grainId, SiloAddress silo);
}
