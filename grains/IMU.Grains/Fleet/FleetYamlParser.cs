using IMU.Smpe.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace IMU.Grains.Fleet;

/// <summary>Reads a YAML fleet file into a positioned <see cref="FleetNode"/> tree from YamlDotNet's parser events.</summary>
internal sealed class FleetYamlParser
{
    private readonly string _fileName;
    private readonly IParser _parser;

    private FleetYamlParser(string fileName, string text)
    {
        _fileName = fileName;
        _parser = new Parser(new StringReader(text));
    }

    /// <summary>Parses <paramref name="text"/>; a syntax error ends parsing with one positioned error.</summary>
    public static (FleetNode? Root, string? Error) Parse(string fileName, string text)
    {
        var yaml = new FleetYamlParser(fileName, text);
        try
        {
            yaml._parser.Consume<StreamStart>();
            if (!yaml._parser.TryConsume<DocumentStart>(out _))
            {
                return (null, FleetFileReader.EmptyFile(fileName));
            }

            var root = yaml.ReadValue();
            yaml._parser.Consume<DocumentEnd>();
            if (yaml._parser.Current is DocumentStart next)
            {
                return (null, $"{yaml.At(next.Start)}: error: a fleet file holds one YAML document; this is a second one");
            }

            return (root, null);
        }
        catch (YamlException e)
        {
            return (null, $"{yaml.At(e.Start)}: error: YAML syntax: {e.Message.TrimEnd('.')}");
        }
        catch (FleetYamlUnsupportedException e)
        {
            return (null, $"{e.Location}: error: {e.Message}");
        }
    }

    private FleetNode ReadValue()
    {
        var current = _parser.Current ?? throw new YamlException("unexpected end of the file");
        var location = At(current.Start);
        switch (current)
        {
            case AnchorAlias:
                throw new FleetYamlUnsupportedException(location, "YAML aliases (*name) are not supported in fleet files; write the value out");
            case Scalar scalar:
                _parser.MoveNext();
                return scalar.Style != ScalarStyle.Plain || !IsNull(scalar.Value)
                    ? FleetNode.Scalar(location, scalar.Value, isString: true)
                    : FleetNode.Scalar(location, null, isString: false);
            case MappingStart:
                _parser.MoveNext();
                var entries = new List<FleetNodeEntry>();
                while (!_parser.TryConsume<MappingEnd>(out _))
                {
                    var keyEvent = _parser.Current;
                    if (keyEvent is not Scalar key)
                    {
                        throw new FleetYamlUnsupportedException(At(keyEvent!.Start), "mapping keys must be plain names");
                    }

                    _parser.MoveNext();
                    entries.Add(new FleetNodeEntry(key.Value, At(key.Start), ReadValue()));
                }

                return FleetNode.Mapping(location, entries);
            case SequenceStart:
                _parser.MoveNext();
                var items = new List<FleetNode>();
                while (!_parser.TryConsume<SequenceEnd>(out _))
                {
                    items.Add(ReadValue());
                }

                return FleetNode.Sequence(location, items);
            default:
                throw new YamlException(current.Start, current.End, $"unexpected {current.GetType().Name}");
        }
    }

    private static bool IsNull(string value) => value is "" or "~" or "null" or "Null" or "NULL";

    private SourceLocation At(Mark mark) => new(_fileName, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    /// <summary>A YAML feature the fleet schema does not take (aliases, complex keys).</summary>
    private sealed class FleetYamlUnsupportedException(SourceLocation location, string message) : Exception(message)
    {
        public SourceLocation Location { get; } = location;
    }
}
