using System.CommandLine;
using IMU.Cli.Output;
using IMU.Smpe.Diagnostics;
using IMU.Smpe.Zones;

namespace IMU.Cli.Commands;

/// <summary><c>imu smpe --csi PATH zone add NAME [--type target|dlib] [--related ZONE] [--srel Z038]</c>.</summary>
internal sealed class ZoneAddCommand : Command
{
    private static readonly Argument<string> s_name = new("NAME") { Description = "The zone name: 1-7 characters from A-Z, 0-9, @ # $, the first not a digit (e.g. MVST100)." };

    private static readonly Option<string> s_type = new Option<string>("--type")
    {
        Description = "target (APPLY and RESTORE run here) or dlib (ACCEPT runs here).",
        DefaultValueFactory = _ => "target",
    }.AcceptOnlyFromAmong("target", "dlib");

    private static readonly Option<string?> s_related = new("--related")
    {
        Description = "The related zone, defined already: a target zone's DLIB zone, or a DLIB zone's target zone.",
        HelpName = "ZONE",
    };

    private static readonly Option<string> s_srel = new("--srel")
    {
        Description = "The zone's system release; it joins the global zone's SREL list.",
        DefaultValueFactory = _ => "Z038",
    };

    private readonly ICliConsole _console;

    public ZoneAddCommand(ICliConsole console)
        : base("add", "Define a zone; creates the CSI with its global zone when the file does not exist.")
    {
        _console = console;
        Arguments.Add(s_name);
        Options.Add(s_type);
        Options.Add(s_related);
        Options.Add(s_srel);
        SetAction(parseResult =>
        {
            var related = parseResult.GetValue(s_related);
            return CsiAccess.Refused(
                console,
                CsiAccess.ZoneProblem("NAME", parseResult.GetRequiredValue(s_name)),
                related is null ? null : CsiAccess.ZoneProblem("--related", related),
                SmpeNames.SrelProblem("--srel", parseResult.GetRequiredValue(s_srel)))
                ? ExitCodes.Severe
                : CsiAccess.Run(parseResult, console, CsiOpenMode.OpenOrCreate, csi => Run(parseResult, csi));
        });
    }

    private int Run(ParseResult parseResult, Csi csi)
    {
        var type = parseResult.GetRequiredValue(s_type) == "dlib" ? ZoneType.Dlib : ZoneType.Target;
        var zone = csi.AddZone(parseResult.GetRequiredValue(s_name), type, parseResult.GetValue(s_related), parseResult.GetRequiredValue(s_srel));
        _console.Out.WriteLine($"ZONE {zone.Name} ADDED: TYPE {SmpeWords.Of(zone.Type)}, SREL {zone.Srel}{(zone.Related is null ? "" : $", RELATED {zone.Related}")}");
        return ExitCodes.Success;
    }
}
