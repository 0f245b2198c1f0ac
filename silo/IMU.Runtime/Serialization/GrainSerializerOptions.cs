using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace IMU.Runtime.Serialization;

/// <summary>
/// Builds the one <see cref="JsonSerializerOptions"/> of a silo or client from the grain authors'
/// source-generated contexts plus the runtime's own. No reflection-based fallback is added, so a
/// type without generated metadata fails loudly instead of being serialized by reflection.
/// </summary>
internal static class GrainSerializerOptions
{
    public static JsonSerializerOptions Create(IEnumerable<JsonSerializerContext> contexts)
    {
        var resolvers = new List<IJsonTypeInfoResolver>(contexts) { RuntimeJsonContext.Default };
        var options = new JsonSerializerOptions
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine([.. resolvers]),
        };
        options.MakeReadOnly();
        return options;
    }
}
