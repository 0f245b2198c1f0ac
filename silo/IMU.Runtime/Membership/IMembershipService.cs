namespace IMU.Runtime.Membership;

/// <summary>Which silos are in the cluster. The cluster issue replaces the single-silo view with a membership table.</summary>
public interface IMembershipService
{
    /// <summary>This silo.</summary>
    SiloAddress LocalSilo { get; }

    /// <summary>The silos that may host activations, in a stable order.</summary>
    IReadOnlyList<SiloAddress> ActiveSilos { get; }

    /// <summary>The version of this view; it only grows.</summary>
    long Version { get; }
}
