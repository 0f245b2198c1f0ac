using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace IMU.Runtime.Invocation;

/// <summary>Reads the packed arguments of a call in order; used by generated invokers.</summary>
public ref struct GrainArgumentReader
{
    private Utf8JsonReader _reader;

    /// <summary>Starts reading a JSON array of arguments.</summary>
    /// <param name="arguments">The packed arguments.</param>
    public GrainArgumentReader(ReadOnlySpan<byte> arguments)
    {
        _reader = new Utf8JsonReader(arguments);
        if (!_reader.Read() || _reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("Grain call arguments must be a JSON array.");
        }
    }

    /// <summary>Reads the next argument.</summary>
    /// <typeparam name="T">The parameter type.</typeparam>
    /// <param name="typeInfo">JSON metadata of the parameter type.</param>
    /// <returns>A fresh copy of the argument.</returns>
    public T Read<T>(JsonTypeInfo<T> typeInfo)
    {
        if (!_reader.Read() || _reader.TokenType == JsonTokenType.EndArray)
        {
            throw new JsonException("A grain call carries fewer arguments than the method has parameters.");
        }

        return JsonSerializer.Deserialize(ref _reader, typeInfo)!;
    }
}
