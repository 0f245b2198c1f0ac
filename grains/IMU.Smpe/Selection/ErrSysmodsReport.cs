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
    public static IReadOnlyList<ErrSysmodEntry> Build(GlobalZoneModel global, ZoneModel zone) =>
        [.. UnresolvedErrors(zone).Select(e => new ErrSysmodEntry(e.Sysmod, e.Hold.Reason, Resolvers(global, e.Hold)))];

    /// <summary>The ERROR holds on the zone's installed SYSMODs that nothing in the zone resolves, by SYSMOD (internal holds first).</summary>
    public static IEnumerable<(string Sysmod, HoldStatement Hold)> UnresolvedErrors(ZoneModel zone) =>
        zone.ErrorHoldsOfInstalled().Where(e => !zone.IsPresent(e.Hold.Reason)).OrderBy(e => e.Sysmod, StringComparer.Ordinal);

    private static List<ErrSysmodResolver> Resolvers(GlobalZoneModel global, HoldStatement hold)
    {
        var ids = new List<string>();
        if (global.IsReceived(hold.Reason))
        {
            ids.Add(hold.Reason);
        }

        ids.AddRange(global.SupersedersOf(hold.Reason));

        // Enhanced HOLDDATA names the fixing PTF in COMMENT(SMRTDATA(... FIX(ptf) ...)) before it is received.
        if (hold.Comment is { } comment && FixPattern().Match(comment) is { Success: true } fix && !ids.Contains(fix.Groups[1].Value))
        {
            ids.Add(fix.Groups[1].Value);
        }

        return [.. ids.Select(id => new ErrSysmodResolver(id, global.IsReceived(id)))];
    }

    [GeneratedRegex(@"FIX\(\s*([A-Z0-9@#$]{7})\s*\)")]
    private static partial Regex FixPattern();
}
