namespace IMU.Smpe.Zones;

/// <summary>What a command changes in one zone; a null value deletes the entry.</summary>
internal sealed class ZoneDelta
{
    public Dictionary<string, ZoneSysmod?> Sysmods { get; } = new(StringComparer.Ordinal);

    public Dictionary<ElementKey, ElementEntry?> Elements { get; } = [];

    /// <summary>Install records by SYSMOD; null deletes the SYSMOD's record (RESTORE).</summary>
    public Dictionary<string, InstallRecord?> Records { get; } = new(StringComparer.Ordinal);

    public bool IsEmpty => Sysmods.Count == 0 && Elements.Count == 0 && Records.Count == 0;
}
