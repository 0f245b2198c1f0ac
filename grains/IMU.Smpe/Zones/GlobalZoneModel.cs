using IMU.Smpe.HoldData;
using IMU.Smpe.Mcs;

namespace IMU.Smpe.Zones;

/// <summary>The global zone loaded into memory: received SYSMODs, external HOLDDATA, FMIDs and SRELs.</summary>
internal sealed class GlobalZoneModel
{
    private static readonly IReadOnlyList<HoldStatement> s_noHolds = [];
    private Dictionary<string, List<string>>? _supersededBy;

    public Dictionary<string, Sysmod> Sysmods { get; } = new(StringComparer.Ordinal);

    /// <summary>External holds by held SYSMOD.</summary>
    public Dictionary<string, List<HoldStatement>> Holds { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Fmids { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Srels { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<HoldStatement> ExternalHolds(string sysmodId) =>
        Holds.TryGetValue(sysmodId, out var holds) ? holds : s_noHolds;

    /// <summary>The received SYSMODs whose <c>++VER SUP</c> names <paramref name="id"/> (built on first use).</summary>
    public IReadOnlyList<string> SupersedersOf(string id)
    {
        _supersededBy ??= BuildSupersededBy();
        return _supersededBy.TryGetValue(id, out var list) ? list : [];
    }

    public void AddHold(HoldStatement hold)
    {
        if (!Holds.TryGetValue(hold.SysmodId, out var list))
        {
            list = [];
            Holds[hold.SysmodId] = list;
        }

        list.RemoveAll(h => h.Category == hold.Category && h.Reason == hold.Reason);
        list.Add(hold);
    }

    private Dictionary<string, List<string>> BuildSupersededBy()
    {
        var index = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var sysmod in Sysmods.Values)
        {
            foreach (var ver in sysmod.Vers)
            {
                foreach (var sup in ver.Sup)
                {
                    if (!index.TryGetValue(sup, out var list))
                    {
                        list = [];
                        index[sup] = list;
                    }

                    if (!list.Contains(sysmod.Id))
                    {
                        list.Add(sysmod.Id);
                    }
                }
            }
        }

        foreach (var list in index.Values)
        {
            list.Sort(StringComparer.Ordinal);
        }

        return index;
    }
}
