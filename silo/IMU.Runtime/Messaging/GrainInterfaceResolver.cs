using System.Collections.Concurrent;
using System.Reflection;
using IMU.Runtime.Invocation;

namespace IMU.Runtime.Messaging;

/// <summary>
/// Finds the generated metadata of a grain interface through the assembly attribute the code
/// generator emits. Reflection runs once per interface; calls never reach this class.
/// </summary>
internal static class GrainInterfaceResolver
{
    private static readonly ConcurrentDictionary<Type, GrainInterfaceMetadata> s_metadata = new();

    public static GrainInterfaceMetadata Get<TGrainInterface>() => Cache<TGrainInterface>.Metadata;

    public static GrainInterfaceMetadata Get(Type grainInterface) => s_metadata.GetOrAdd(grainInterface, Find);

    private static GrainInterfaceMetadata Find(Type grainInterface)
    {
        foreach (var attribute in grainInterface.Assembly.GetCustomAttributes<GrainInterfaceMetadataAttribute>())
        {
            if (attribute.InterfaceType == grainInterface)
            {
                return (GrainInterfaceMetadata)Activator.CreateInstance(attribute.MetadataType)!;
            }
        }

        throw new InvalidOperationException(
            $"No generated grain reference exists for {grainInterface.FullName}. The project that declares it must reference " +
            "silo/IMU.Runtime.CodeGenerator as an analyzer: <ProjectReference Include=\".../IMU.Runtime.CodeGenerator.csproj\" OutputItemType=\"Analyzer\" ReferenceOutputAssembly=\"false\" />.");
    }

    private static class Cache<TGrainInterface>
    {
        public static readonly GrainInterfaceMetadata Metadata = Get(typeof(TGrainInterface));
    }
}
