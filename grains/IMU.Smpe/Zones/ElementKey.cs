namespace IMU.Smpe.Zones;

/// <summary>Identifies an element in a zone: element names are unique per element type.</summary>
internal readonly record struct ElementKey(string Type, string Name)
{
    public override string ToString() => $"{Type} {Name}";

    public static ElementKey Parse(string text)
    {
        var blank = text.IndexOf(' ', StringComparison.Ordinal);
        return new ElementKey(text[..blank], text[(blank + 1)..]);
    }
}
