using System.Text.Json;
using System.Text.Json.Serialization;
using IMU.Smpe.Diagnostics;

namespace IMU.Smpe.Zones;

/// <summary>
/// Reads and writes <see cref="SourceLocation"/> in the shape the generated serializer used
/// (<c>{"File":..,"Line":..,"Column":..}</c>), but without its constructor-argument path, which
/// boxed every number and allocated argument state for each of the many locations in a SYSMOD.
/// </summary>
internal sealed class SourceLocationJsonConverter : JsonConverter<SourceLocation>
{
    // Nearly every location of a CSI names one of a few files: reuse the last one read.
    private static string s_lastFile = string.Empty;

    public override SourceLocation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("a source location must be a JSON object");
        }

        var file = string.Empty;
        int line = 0, column = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("File"u8))
            {
                reader.Read();
                file = ReadFile(ref reader);
            }
            else if (reader.ValueTextEquals("Line"u8))
            {
                reader.Read();
                line = reader.GetInt32();
            }
            else if (reader.ValueTextEquals("Column"u8))
            {
                reader.Read();
                column = reader.GetInt32();
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return new SourceLocation(file, line, column);
    }

    public override void Write(Utf8JsonWriter writer, SourceLocation value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("File"u8, value.File);
        writer.WriteNumber("Line"u8, value.Line);
        writer.WriteNumber("Column"u8, value.Column);
        writer.WriteEndObject();
    }

    private static string ReadFile(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return string.Empty;
        }

        var last = s_lastFile;
        if (reader.ValueTextEquals(last))
        {
            return last;
        }

        var file = reader.GetString() ?? string.Empty;
        s_lastFile = file;
        return file;
    }
}
