using System.Text.Json;
using Orleans.Storage;

namespace IMU.Silo.Storage;

/// <summary>
/// Stores grain state as plain System.Text.Json of the state record: no CLR type names, so renaming
/// or moving a state class never strands stored data (Orleans' default storage serializer writes
/// Newtonsoft JSON with <c>$type</c>). The price: every grain state type must round-trip through
/// System.Text.Json with these options (public constructor or a constructor whose parameters match
/// the properties, no polymorphism without <c>[JsonDerivedType]</c>).
/// </summary>
public sealed class JsonGrainStateSerializer : IGrainStorageSerializer
{
    /// <summary>The options every stored state is written and read with.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);

    /// <inheritdoc />
    public BinaryData Serialize<T>(T? input) => BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(input, Options));

    /// <inheritdoc />
    public T Deserialize<T>(BinaryData input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return JsonSerializer.Deserialize<T>(input.ToMemory().Span, Options)
            ?? throw new JsonException($"The stored state is JSON null, which is not a valid {typeof(T).Name}.");
    }
}
