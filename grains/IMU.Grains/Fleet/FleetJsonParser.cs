using System.Text;
using System.Text.Json;
using IMU.Smpe.Diagnostics;

namespace IMU.Grains.Fleet;

/// <summary>Reads a JSON fleet file into a positioned <see cref="FleetNode"/> tree (Utf8JsonReader knows only byte offsets, so lines are counted here).</summary>
internal sealed class FleetJsonParser
{
    private readonly string _fileName;
    private readonly byte[] _utf8;
    private readonly List<int> _lineStarts = [0];

    private FleetJsonParser(string fileName, string text)
    {
        _fileName = fileName;
        _utf8 = Encoding.UTF8.GetBytes(text);
        for (var i = 0; i < _utf8.Length; i++)
        {
            if (_utf8[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>Parses <paramref name="text"/>; a syntax error ends parsing with one positioned error.</summary>
    public static (FleetNode? Root, string? Error) Parse(string fileName, string text)
    {
        var parser = new FleetJsonParser(fileName, text);
        var reader = new Utf8JsonReader(parser._utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        try
        {
            if (!reader.Read())
            {
                return (null, FleetFileReader.EmptyFile(fileName));
            }

            var root = parser.ReadValue(ref reader);
            if (reader.Read())
            {
                return (null, $"{parser.At(reader.TokenStartIndex)}: error: unexpected content after the fleet mapping");
            }

            return (root, null);
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            var column = (int)(e.BytePositionInLine ?? 0) + 1;
            return (null, $"{new SourceLocation(fileName, line, column)}: error: JSON syntax: {FirstSentence(e.Message)}");
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (end > 0 ? message[..end] : message).TrimEnd('.', ' ');
    }

    private FleetNode ReadValue(ref Utf8JsonReader reader)
    {
        var location = At(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var entries = new List<FleetNodeEntry>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var key = reader.GetString()!;
                    var keyLocation = At(reader.TokenStartIndex);
                    reader.Read();
                    entries.Add(new FleetNodeEntry(key, keyLocation, ReadValue(ref reader)));
                }

                return FleetNode.Mapping(location, entries);
            case JsonTokenType.StartArray:
                var items = new List<FleetNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader));
                }

                return FleetNode.Sequence(location, items);
            case JsonTokenType.String:
                return FleetNode.Scalar(location, reader.GetString(), isString: true);
            case JsonTokenType.Null:
                return FleetNode.Scalar(location, null, isString: false);
            default:
                return FleetNode.Scalar(location, Encoding.UTF8.GetString(reader.ValueSpan), isString: false);
        }
    }

    private SourceLocation At(long offset)
    {
        var index = _lineStarts.BinarySearch((int)offset);
        var line = index >= 0 ? index : ~index - 1;
        var column = Encoding.UTF8.GetCharCount(_utf8, _lineStarts[line], (int)offset - _lineStarts[line]) + 1;
        return new SourceLocation(_fileName, line + 1, column);
    }
}
