namespace IMU.Smpe.Zones;

/// <summary>What a command changes in one zone; a null value deletes the entry.</summary>
internal sealed class ZoneDelta
{
    public Dictionary<string, ZoneSysmod?> Sysmods { get; } = new(StringComparer.Ordinal);

    public Dictionary<ElementKey, ElementEntry?> Elements { get; } = [];

    public bool IsEmpty => Sysmods.Count == 0 && Elements.Count == 0;
}
