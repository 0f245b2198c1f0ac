namespace IMU.Runtime.Invocation;

/// <summary>Emitted by the code generator: names the generated metadata class of a grain interface in its assembly.</summary>
/// <param name="interfaceType">The grain interface.</param>
/// <param name="metadataType">The generated <see cref="GrainInterfaceMetadata"/> subclass, with a public parameterless constructor.</param>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
public sealed class GrainInterfaceMetadataAttribute(Type interfaceType, Type metadataType) : Attribute
{
    /// <summary>The grain interface.</summary>
    public Type InterfaceType { get; } = interfaceType;

    /// <summary>The generated metadata class.</summary>
    public Type MetadataType { get; } = metadataType;
}
