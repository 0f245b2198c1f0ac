using IMU.Runtime.Membership;

namespace IMU.Runtime.GrainDirectory;

/// <summary>The directory of a single silo: every grain lives here, and the silo's activation table enforces one activation each.</summary>
internal sealed class LocalGrainDirectory(IMembershipService membership) : IGrainDirectory
{
    public SiloAddress? Lookup(GrainId grainId) => membership.LocalSilo;

    public SiloAddress Register(GrainId grainId, SiloAddress silo) => membership.LocalSilo;

    public void Unregister(GrainId grainId, SiloAddress silo)
    {
    }
}
