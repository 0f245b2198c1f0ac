namespace IMU.Runtime.Invocation;

/// <summary>
/// Base class of the grain references the code generator writes: a typed handle that packs the
/// arguments of each call and hands them to the runtime. Two references are equal when they name the same grain.
/// </summary>
public abstract class GrainReference : IGrain, IEquatable<GrainReference>
{
    /// <summary>Creates a reference.</summary>
    /// <param name="runtime">The runtime that carries the calls.</param>
    /// <param name="metadata">The generated metadata of the grain interface.</param>
    /// <param name="grainId">The grain this reference names.</param>
    protected GrainReference(IGrainCallRuntime runtime, GrainInterfaceMetadata metadata, GrainId grainId)
    {
        Runtime = runtime ?? throw new ArgumentNullException(nameof(runtime));
        Metadata = metadata ?? throw new ArgumentNullException(nameof(metadata));
        GrainId = grainId;
    }

    /// <summary>The grain this reference names.</summary>
    public GrainId GrainId { get; }

    /// <summary>The generated metadata of the grain interface.</summary>
    public GrainInterfaceMetadata Metadata { get; }

    /// <summary>The runtime that carries the calls.</summary>
    protected IGrainCallRuntime Runtime { get; }

    /// <inheritdoc />
    public bool Equals(GrainReference? other) => other is not null && other.GrainId == GrainId;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is GrainReference other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => GrainId.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => GrainId.ToString();
}
