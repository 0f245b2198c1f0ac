using System.Text.Json;

namespace IMU.Runtime.Invocation;

/// <summary>
/// Generated for every grain interface: its grain type name, its methods, how to create a grain
/// reference, and how to dispatch a serialized call to a grain object, all without reflection.
/// </summary>
public abstract class GrainInterfaceMetadata
{
    /// <summary>The grain interface.</summary>
    public abstract Type InterfaceType { get; }

    /// <summary>The grain type: the interface's <see cref="AliasAttribute"/> or its full name.</summary>
    public abstract string GrainType { get; }

    /// <summary>The interface's methods, indexed by <see cref="GrainMethod.Id"/>.</summary>
    public abstract IReadOnlyList<GrainMethod> Methods { get; }

    /// <summary>
    /// Resolves the JSON metadata of every argument and result type from <paramref name="options"/>.
    /// Throws <see cref="InvalidOperationException"/> naming the type and the method when one is missing.
    /// </summary>
    /// <param name="options">The serializer options of a silo or client, with the registered contexts.</param>
    /// <returns>An opaque codec passed back to <see cref="CreateReference"/> and <see cref="InvokeAsync"/>.</returns>
    public abstract object CreateCodec(JsonSerializerOptions options);

    /// <summary>Creates a grain reference.</summary>
    /// <param name="runtime">The runtime that carries the calls.</param>
    /// <param name="grainId">The grain.</param>
    /// <param name="codec">The codec from <see cref="CreateCodec"/> for the same options.</param>
    /// <returns>The reference; it implements the grain interface.</returns>
    public abstract GrainReference CreateReference(IGrainCallRuntime runtime, GrainId grainId, object codec);

    /// <summary>Deserializes the arguments, calls the method on the grain and serializes the result.</summary>
    /// <param name="grain">The grain object; it implements the grain interface.</param>
    /// <param name="codec">The codec from <see cref="CreateCodec"/>.</param>
    /// <param name="methodId">The method's <see cref="GrainMethod.Id"/>.</param>
    /// <param name="arguments">The serialized arguments (a JSON array; empty when the method has none).</param>
    /// <param name="result">Receives the serialized result.</param>
    /// <param name="cancellationToken">Passed to a <see cref="CancellationToken"/> parameter of the method.</param>
    /// <returns>A task that completes when the result is written.</returns>
    public abstract ValueTask InvokeAsync(object grain, object codec, int methodId, ReadOnlySpan<byte> arguments, GrainCallBuffer result, CancellationToken cancellationToken);
}
