using IMU.Grains.Models;

namespace IMU.Grains.Fleet;

/// <summary>Questions about a fleet's shape: which group an LPAR installs MULTSYS fixes with, and who shares a zone.</summary>
internal sealed class FleetTopology
{
    private readonly Dictionary<string, LparDefinition> _lpars;
    private readonly Dictionary<string, GroupDefinition> _groupOf = new(StringComparer.Ordinal);

    public FleetTopology(FleetDefinition fleet)
    {
        ArgumentNullException.ThrowIfNull(fleet);
        _lpars = fleet.Lpars.ToDictionary(l => l.Name, StringComparer.Ordinal);
        foreach (var group in fleet.Groups)
        {
            foreach (var member in group.Members)
            {
                _groupOf[member] = group;
            }
        }
    }

    public bool Contains(string lpar) => _lpars.ContainsKey(lpar);

    public LparDefinition Lpar(string name) => _lpars[name];

    /// <summary>The LPAR's MULTSYS group: the declared group it is a member of, else every LPAR of its sysplex.</summary>
    public GroupDefinition GroupOf(string lpar)
    {
        if (_groupOf.TryGetValue(lpar, out var declared))
        {
            return declared;
        }

        var sysplex = _lpars[lpar].Sysplex;
        return new GroupDefinition(sysplex, [.. _lpars.Values.Where(l => l.Sysplex == sysplex && !_groupOf.ContainsKey(l.Name)).Select(l => l.Name)]);
    }

    /// <summary>Every LPAR that IPLs from the zone <paramref name="zoneKey"/>.</summary>
    public IReadOnlyList<string> LparsOfZone(string zoneKey) => [.. _lpars.Values.Where(l => l.ZoneKey == zoneKey).Select(l => l.Name)];
}
