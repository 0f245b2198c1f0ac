using IMU.Smpe.Diagnostics;

namespace IMU.Grains.Fleet;

/// <summary>
/// A fleet file value with its position. JSON and YAML are both read into this tree first, so one binder
/// checks one schema and positions every error the same way whatever the format.
/// </summary>
internal sealed class FleetNode
{
    private FleetNode(FleetNodeKind kind, SourceLocation location, string? text, bool isString, IReadOnlyList<FleetNodeEntry> entries, IReadOnlyList<FleetNode> items)
    {
        Kind = kind;
        Location = location;
        Text = text;
        IsString = isString;
        Entries = entries;
        Items = items;
    }

    public FleetNodeKind Kind { get; }

    public SourceLocation Location { get; }

    /// <summary>A scalar's text; null for JSON <c>null</c> and YAML <c>~</c>/<c>null</c>.</summary>
    public string? Text { get; }

    /// <summary>False for a scalar that is a number, a boolean or null in JSON: the schema has only string values.</summary>
    public bool IsString { get; }

    public IReadOnlyList<FleetNodeEntry> Entries { get; }

    public IReadOnlyList<FleetNode> Items { get; }

    public static FleetNode Scalar(SourceLocation location, string? text, bool isString) => new(FleetNodeKind.Scalar, location, text, isString, [], []);

    public static FleetNode Mapping(SourceLocation location, IReadOnlyList<FleetNodeEntry> entries) => new(FleetNodeKind.Mapping, location, null, false, entries, []);

    public static FleetNode Sequence(SourceLocation location, IReadOnlyList<FleetNode> items) => new(FleetNodeKind.Sequence, location, null, false, [], items);

    /// <summary>How the value is described in an error ("a mapping", "the number 5").</summary>
    public string Describe() => Kind switch
    {
        FleetNodeKind.Mapping => "a mapping",
        FleetNodeKind.Sequence => "a list",
        _ when Text is null => "null",
        _ when !IsString => $"'{Text}' (not a string)",
        _ => $"'{Text}'",
    };
}
