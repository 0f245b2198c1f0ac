namespace IMU.Smpe.Zones;

/// <summary>Identifies an element in a zone: element names are unique per element type.</summary>
internal readonly record struct ElementKey(string Type, string Name)
{
    public override string ToString() => $"{Type} {Name}";
}
