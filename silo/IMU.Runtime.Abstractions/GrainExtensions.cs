using IMU.Runtime.Invocation;

namespace IMU.Runtime;

/// <summary>Identity helpers for grains and grain references.</summary>
public static class GrainExtensions
{
    /// <summary>Gets the string key of a grain (inside the grain) or of a grain reference.</summary>
    /// <param name="grain">The grain or grain reference.</param>
    /// <returns>The primary key.</returns>
    public static string GetPrimaryKeyString(this IGrain grain) => grain.GetGrainId().Key;

    /// <summary>Gets the identity of a grain (inside the grain) or of a grain reference.</summary>
    /// <param name="grain">The grain or grain reference.</param>
    /// <returns>The grain id.</returns>
    public static GrainId GetGrainId(this IGrain grain) => grain switch
    {
        Grain g => g.GrainId,
        GrainReference r => r.GrainId,
        null => throw new ArgumentNullException(nameof(grain)),
        _ => throw new ArgumentException($"{grain.GetType().Name} is neither a Grain nor a grain reference.", nameof(grain)),
    };
}
