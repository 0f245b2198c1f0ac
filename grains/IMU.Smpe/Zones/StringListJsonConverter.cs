using System.Text.Json;
using System.Text.Json.Serialization;

namespace IMU.Smpe.Zones;

/// <summary>
/// Reads the many short string lists of a stored SYSMOD (SREL, PRE, SUP, LMOD, UMID, ...) into exact
/// arrays, and every empty one into the shared empty array, instead of a fresh growable list each:
/// most element lists are empty, and a global zone holds tens of thousands of them.
/// </summary>
internal sealed class StringListJsonConverter : JsonConverter<IReadOnlyList<string>>
{
    public override IReadOnlyList<string>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("a list of strings must be a JSON array");
        }

        if (!reader.Read() || reader.TokenType == JsonTokenType.EndArray)
        {
            return [];
        }

        var first = reader.GetString()!;
        if (!reader.Read() || reader.TokenType == JsonTokenType.EndArray)
        {
            return [first];
        }

        var values = new List<string>(4) { first };
        do
        {
            values.Add(reader.GetString()!);
        }
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray);

        return [.. values];
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<string> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var item in value)
        {
            writer.WriteStringValue(item);
        }

        writer.WriteEndArray();
    }
}
