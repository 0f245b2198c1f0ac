using System.CommandLine;
using System.Text.Json;
using IMU.Cli.Output;
using IMU.Cli.Output.Json;
using IMU.Smpe.Diagnostics;
using IMU.Smpe.Zones;

namespace IMU.Cli.Commands;

/// <summary><c>imu smpe --csi PATH report missingfix --zone NAME[,NAME...] --fixcat PATTERN[,PATTERN...] [--json]</c>.</summary>
internal sealed class ReportMissingFixCommand : Command
{
    private static readonly Option<string[]> s_zones = CreateZones();
    private static readonly Option<string[]> s_fixcats = CreateFixcats();
    private static readonly Option<bool> s_json = SmpeOptions.Json();

    public ReportMissingFixCommand(ICliConsole console)
        : base("missingfix", "REPORT MISSINGFIX: fixes of the given fix categories (FIXCAT HOLDDATA) that the zones' installed SYSMODs need and do not have, and what resolves them. Needs only HOLDDATA, not the PTFs.")
    {
        Options.Add(s_zones);
        Options.Add(s_fixcats);
        Options.Add(s_json);
        SetAction(parseResult =>
        {
            var zones = parseResult.GetRequiredValue(s_zones);
            var fixcats = parseResult.GetRequiredValue(s_fixcats);
            return CsiAccess.Refused(
                console,
                [.. zones.Select(z => CsiAccess.ZoneProblem("--zone", z)), .. fixcats.Select(f => SmpeNames.FixCategoryProblem("--fixcat", f, wildcard: true))])
                ? ExitCodes.Severe
                : CsiAccess.Run(parseResult, console, CsiOpenMode.ReadOnly, csi =>
                {
                    var entries = csi.ReportMissingFix(zones, fixcats);
                    var output = console.Out;
                    if (parseResult.GetValue(s_json))
                    {
                        var json = entries.Select(e => new MissingFixJson(e.Zone, e.Fixcat, e.Reason, [.. e.Resolvers.Select(r => new ResolverJson(r.Id, r.Received))])).ToList();
                        output.WriteLine(JsonSerializer.Serialize<IReadOnlyList<MissingFixJson>>(json, CliJsonContext.Default.IReadOnlyListMissingFixJson));
                        return ExitCodes.Success;
                    }

                    output.WriteLine($"REPORT MISSINGFIX FOR ZONES {string.Join(",", zones)} FIXCAT {string.Join(",", fixcats)}");
                    var table = new TextTable("ZONE", "FIX CATEGORY", "APAR", "RESOLVING SYSMODS");
                    foreach (var entry in entries)
                    {
                        table.AddRow(entry.Zone, entry.Fixcat, entry.Reason, entry.Resolvers.Count == 0 ? "NONE AVAILABLE" : string.Join(", ", entry.Resolvers.Select(r => $"{r.Id}{(r.Received ? " (RECEIVED)" : " (NOT RECEIVED)")}")));
                    }

                    table.WriteTo(output);
                    output.WriteLine($"{entries.Count} MISSING FIXES");
                    return ExitCodes.Success;
                });
        });
    }

    private static Option<string[]> CreateZones()
    {
        var zones = SmpeOptions.List("--zone", "ZONES: the target or DLIB zones to check.", "NAME[,NAME...]");
        zones.Required = true;
        return zones;
    }

    private static Option<string[]> CreateFixcats()
    {
        var fixcats = SmpeOptions.List("--fixcat", "FIXCAT: the fix categories to report; * stands for any run of characters (IBM.Coexistence.z/OS.*).", "PATTERN[,PATTERN...]");
        fixcats.Required = true;
        return fixcats;
    }
}
