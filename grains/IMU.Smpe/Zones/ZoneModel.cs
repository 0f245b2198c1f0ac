namespace IMU.Smpe.Zones;

/// <summary>A target or DLIB zone loaded into memory, so that commands decide without touching the database.</summary>
internal sealed class ZoneModel(ZoneDefinition definition)
{
    public ZoneDefinition Definition { get; } = definition;

    public Dictionary<string, ZoneSysmod> Sysmods { get; } = new(StringComparer.Ordinal);

    public Dictionary<ElementKey, ElementEntry> Elements { get; } = [];

    public bool IsPresent(string id) => Sysmods.TryGetValue(id, out var s) && s.IsPresent;

    public bool IsInstalled(string id) => Sysmods.TryGetValue(id, out var s) && s.IsInstalled;

    /// <summary>A function satisfies <c>++VER FMID</c> only when it is installed itself and not superseded.</summary>
    public bool IsFunctionInstalled(string fmid) =>
        Sysmods.TryGetValue(fmid, out var s) && s.IsInstalled && s.SupBy.Count == 0;

    public void Apply(ZoneDelta delta)
    {
        foreach (var (id, entry) in delta.Sysmods)
        {
            if (entry is null)
            {
                Sysmods.Remove(id);
            }
            else
            {
                Sysmods[id] = entry;
            }
        }

        foreach (var (key, entry) in delta.Elements)
        {
            if (entry is null)
            {
                Elements.Remove(key);
            }
            else
            {
                Elements[key] = entry;
            }
        }
    }
}
