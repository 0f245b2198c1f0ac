using System.Text.RegularExpressions;
using IMU.Smpe.Commands;
using IMU.Smpe.HoldData;
using IMU.Smpe.Zones;

namespace IMU.Smpe.Selection;

/// <summary>
/// REPORT ERRSYSMODS: installed SYSMODs that HOLDDATA received since now holds for ERROR reasons
/// nothing in the zone resolves, with the SYSMODs that would resolve them.
/// </summary>
internal static partial class ErrSysmodsReport
{
    public static IReadOnlyList<ErrSysmodEntry> Build(GlobalZoneModel global, ZoneModel zone)
    {
        var entries = new List<ErrSysmodEntry>();
        foreach (var sysmod in zone.Sysmods.Values.Where(s => s.IsInstalled).OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            foreach (var reason in UnresolvedErrors(global, zone, sysmod.Id))
            {
                entries.Add(new ErrSysmodEntry(sysmod.Id, reason.Reason, Resolvers(global, reason)));
            }
        }

        return entries;
    }

    public static IEnumerable<HoldStatement> UnresolvedErrors(GlobalZoneModel global, ZoneModel zone, string sysmodId)
    {
        var internalHolds = global.Sysmods.TryGetValue(sysmodId, out var sysmod) ? sysmod.Holds : [];
        return internalHolds.Concat(global.ExternalHolds(sysmodId))
            .Where(h => h.Category == HoldCategory.Error && !zone.IsPresent(h.Reason));
    }

    private static List<ErrSysmodResolver> Resolvers(GlobalZoneModel global, HoldStatement hold)
    {
        var ids = new List<string>();
        if (global.Sysmods.ContainsKey(hold.Reason))
        {
            ids.Add(hold.Reason);
        }

        ids.AddRange(global.SupersedersOf(hold.Reason));

        // Enhanced HOLDDATA names the fixing PTF in COMMENT(SMRTDATA(... FIX(ptf) ...)) before it is received.
        if (hold.Comment is { } comment && FixPattern().Match(comment) is { Success: true } fix && !ids.Contains(fix.Groups[1].Value))
        {
            ids.Add(fix.Groups[1].Value);
        }

        return [.. ids.Select(id => new ErrSysmodResolver(id, global.Sysmods.ContainsKey(id)))];
    }

    [GeneratedRegex(@"FIX\(\s*([A-Z0-9@#$]{7})\s*\)")]
    private static partial Regex FixPattern();
}
