using System.CommandLine;
using System.Text.Json;
using IMU.Cli.Output;
using IMU.Cli.Output.Json;
using IMU.Smpe.Zones;

namespace IMU.Cli.Commands;

/// <summary><c>imu smpe --csi PATH list --zone NAME (--sysmods | --elements) [--json]</c>.</summary>
internal sealed class ListCommand : Command
{
    private static readonly Option<string> s_zone = SmpeOptions.Zone("The zone to list (GLOBAL lists received SYSMODs).");
    private static readonly Option<bool> s_sysmods = new("--sysmods") { Description = "LIST SYSMODS: the SYSMOD entries and their status." };
    private static readonly Option<bool> s_elements = new("--elements") { Description = "The element entries with FMID, RMID and UMIDs." };
    private static readonly Option<bool> s_json = SmpeOptions.Json();

    private readonly ICliConsole _console;

    public ListCommand(ICliConsole console)
        : base("list", "LIST a zone's SYSMOD entries or element entries.")
    {
        _console = console;
        Options.Add(s_zone);
        Options.Add(s_sysmods);
        Options.Add(s_elements);
        Options.Add(s_json);
        Validators.Add(result =>
        {
            if (result.GetValue(s_sysmods) == result.GetValue(s_elements))
            {
                result.AddError("Give either --sysmods or --elements.");
            }
        });
        SetAction(parseResult => CsiAccess.Refused(console, CsiAccess.ZoneProblem("--zone", parseResult.GetRequiredValue(s_zone), globalAllowed: true))
            ? ExitCodes.Severe
            : CsiAccess.Run(parseResult, console, CsiOpenMode.ReadOnly, csi =>
        {
            var zone = parseResult.GetRequiredValue(s_zone);
            var json = parseResult.GetValue(s_json);
            var output = _console.Out;
            if (parseResult.GetValue(s_sysmods))
            {
                var sysmods = csi.ListSysmods(zone);
                if (json)
                {
                    var entries = sysmods.Select(s => new ZoneSysmodJson(s.Id, s.Type is { } type ? SmpeWords.Of(type) : null, SmpeWords.Of(s.Status))).ToList();
                    output.WriteLine(JsonSerializer.Serialize<IReadOnlyList<ZoneSysmodJson>>(entries, CliJsonContext.Default.IReadOnlyListZoneSysmodJson));
                    return ExitCodes.Success;
                }

                output.WriteLine($"LIST SYSMODS FOR ZONE {zone}");
                var table = new TextTable("SYSMOD", "TYPE", "STATUS", "FMID", "ACTIVATION", "SUPBY");
                foreach (var sysmod in sysmods)
                {
                    table.AddRow(sysmod.Id, sysmod.Type is { } type ? SmpeWords.Of(type) : "", SmpeWords.Of(sysmod.Status), sysmod.Fmid ?? "", SmpeWords.Of(sysmod.Activation), string.Join(" ", sysmod.SupBy));
                }

                table.WriteTo(output);
                output.WriteLine($"{sysmods.Count} SYSMOD ENTRIES");
                return ExitCodes.Success;
            }

            var elements = csi.ListElements(zone);
            if (json)
            {
                output.WriteLine(JsonSerializer.Serialize<IReadOnlyList<ElementJson>>([.. elements.Select(CommandResultWriter.ToJson)], CliJsonContext.Default.IReadOnlyListElementJson));
                return ExitCodes.Success;
            }

            output.WriteLine($"LIST ELEMENTS FOR ZONE {zone}");
            CommandResultWriter.ElementTable(elements).WriteTo(output);
            output.WriteLine($"{elements.Count} ELEMENT ENTRIES");
            return ExitCodes.Success;
        }));
    }
}
