using System.CommandLine;
using IMU.Cli.Output;
using IMU.Smpe.Commands;
using IMU.Smpe.Zones;

namespace IMU.Cli.Commands;

/// <summary><c>imu smpe --csi PATH restore --zone NAME --select ID[,ID...] [--check] [--json]</c>.</summary>
internal sealed class RestoreCommand : Command
{
    private static readonly Option<string> s_zone = SmpeOptions.Zone("The target zone to restore from.");
    private static readonly Option<string[]> s_select = CreateSelect();
    private static readonly Option<bool> s_check = SmpeOptions.Check();
    private static readonly Option<bool> s_json = SmpeOptions.Json();

    private readonly ICliConsole _console;

    public RestoreCommand(ICliConsole console)
        : base("restore", "RESTORE applied, not accepted SYSMODs: elements go back to the DLIB zone's level.")
    {
        _console = console;
        Options.Add(s_zone);
        Options.Add(s_select);
        Options.Add(s_check);
        Options.Add(s_json);
        SetAction(parseResult => CsiAccess.Refused(
            console,
            [CsiAccess.ZoneProblem("--zone", parseResult.GetRequiredValue(s_zone)), .. CsiAccess.SysmodIdProblems("--select", parseResult.GetRequiredValue(s_select))])
            ? ExitCodes.Severe
            : CsiAccess.Run(parseResult, console, parseResult.GetValue(s_check) ? CsiOpenMode.ReadOnly : CsiOpenMode.ReadWrite, csi =>
        {
            var result = csi.Restore(parseResult.GetRequiredValue(s_zone), new RestoreOptions
            {
                Select = parseResult.GetRequiredValue(s_select),
                Check = parseResult.GetValue(s_check),
            });
            return CommandResultWriter.Write(result, parseResult.GetValue(s_json), _console.Out);
        }));
    }

    private static Option<string[]> CreateSelect()
    {
        var select = SmpeOptions.Select("SELECT: the SYSMODs to restore.");
        select.Required = true;
        return select;
    }
}
