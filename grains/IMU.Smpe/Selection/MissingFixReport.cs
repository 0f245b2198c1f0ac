using IMU.Smpe.Commands;
using IMU.Smpe.HoldData;
using IMU.Smpe.Zones;

namespace IMU.Smpe.Selection;

/// <summary>
/// REPORT MISSINGFIX (smpe-reference.md §7.8, rollout-reference.md §3): FIXCAT HOLDDATA whose held SYSMOD
/// (often the FMID itself) is installed in the zone, whose category matches, and whose APAR neither the
/// zone nor its RESOLVER resolves.
/// </summary>
internal static class MissingFixReport
{
    public static IReadOnlyList<MissingFixEntry> Build(GlobalZoneModel global, IReadOnlyList<HoldStatement> fixcatHolds, IReadOnlyList<ZoneModel> zones, IReadOnlyList<string> fixcats)
    {
        var entries = new SortedDictionary<(string Zone, string Fixcat, string Reason), List<string>>();
        foreach (var zone in zones)
        {
            foreach (var hold in fixcatHolds)
            {
                var categories = hold.FixCategories.Where(c => fixcats.Any(p => FixcatPattern.Matches(p, c))).ToList();
                if (categories.Count == 0 || !zone.IsInstalled(hold.SysmodId) || zone.IsPresent(hold.Reason) || (hold.Resolver is { } r && zone.IsPresent(r)))
                {
                    continue;
                }

                foreach (var category in categories)
                {
                    var key = (zone.Definition.Name, category, hold.Reason);
                    if (!entries.TryGetValue(key, out var resolvers))
                    {
                        resolvers = [];
                        entries[key] = resolvers;
                    }

                    resolvers.AddRange(Resolvers(global, hold).Where(id => !resolvers.Contains(id)));
                }
            }
        }

        return [.. entries.Select(e => new MissingFixEntry(e.Key.Zone, e.Key.Fixcat, e.Key.Reason, [.. e.Value.Select(id => new ErrSysmodResolver(id, global.IsReceived(id)))]))];
    }

    private static IEnumerable<string> Resolvers(GlobalZoneModel global, HoldStatement hold)
    {
        if (hold.Resolver is { } resolver)
        {
            yield return resolver;
        }

        if (global.IsReceived(hold.Reason))
        {
            yield return hold.Reason;
        }

        foreach (var superseder in global.SupersedersOf(hold.Reason))
        {
            yield return superseder;
        }
    }
}
