using System.CommandLine;
using System.Text.Json;
using IMU.Cli.Output;
using IMU.Cli.Output.Json;
using IMU.Smpe.Zones;

namespace IMU.Cli.Commands;

/// <summary><c>imu smpe --csi PATH report errsysmods --zone NAME [--json]</c>.</summary>
internal sealed class ReportErrSysmodsCommand : Command
{
    private static readonly Option<string> s_zone = SmpeOptions.Zone("The zone whose installed SYSMODs are checked against the HOLDDATA now in the global zone.");
    private static readonly Option<bool> s_json = SmpeOptions.Json();

    private readonly ICliConsole _console;

    public ReportErrSysmodsCommand(ICliConsole console)
        : base("errsysmods", "REPORT ERRSYSMODS: installed SYSMODs now held for unresolved ERROR reasons, and what resolves them. Run it after every HOLDDATA RECEIVE.")
    {
        _console = console;
        Options.Add(s_zone);
        Options.Add(s_json);
        SetAction(parseResult => CsiAccess.Refused(console, CsiAccess.ZoneProblem("--zone", parseResult.GetRequiredValue(s_zone)))
            ? ExitCodes.Severe
            : CsiAccess.Run(parseResult, console, CsiOpenMode.ReadOnly, csi =>
        {
            var zone = parseResult.GetRequiredValue(s_zone);
            var entries = csi.ReportErrSysmods(zone);
            var output = _console.Out;
            if (parseResult.GetValue(s_json))
            {
                var json = entries.Select(e => new ErrSysmodJson(e.Sysmod, e.Reason, [.. e.Resolvers.Select(r => r.Id)])).ToList();
                output.WriteLine(JsonSerializer.Serialize<IReadOnlyList<ErrSysmodJson>>(json, CliJsonContext.Default.IReadOnlyListErrSysmodJson));
                return ExitCodes.Success;
            }

            output.WriteLine($"REPORT ERRSYSMODS FOR ZONE {zone}");
            var table = new TextTable("SYSMOD", "HOLD REASON", "RESOLVING SYSMODS");
            foreach (var entry in entries)
            {
                var resolvers = entry.Resolvers.Count == 0
                    ? "NONE AVAILABLE"
                    : string.Join(", ", entry.Resolvers.Select(r => $"{r.Id}{(r.Received ? " (RECEIVED)" : " (NOT RECEIVED)")}"));
                table.AddRow(entry.Sysmod, entry.Reason, resolvers);
            }

            table.WriteTo(output);
            output.WriteLine($"{entries.Count} EXCEPTION SYSMODS");
            return ExitCodes.Success;
        }));
    }
}
