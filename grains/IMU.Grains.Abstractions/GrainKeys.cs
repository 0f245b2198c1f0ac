namespace IMU.Grains;

/// <summary>The keys of the grains there is exactly one of.</summary>
public static class GrainKeys
{
    /// <summary>The key of the one <see cref="IFleetGrain"/>.</summary>
    public const string Fleet = "fleet";
}
