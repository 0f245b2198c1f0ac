using System.CommandLine;
using IMU.Cli.Output;
using IMU.Smpe.Commands;
using IMU.Smpe.Zones;

namespace IMU.Cli.Commands;

/// <summary><c>imu smpe --csi PATH accept --zone DLIBZONE (--select ID[,ID...] | --all) [--check] [--json]</c>.</summary>
internal sealed class AcceptCommand : Command
{
    private static readonly Option<string> s_zone = SmpeOptions.Zone("The distribution (DLIB) zone, as with SET BOUNDARY(dlibzone) before ACCEPT.");
    private static readonly Option<string[]> s_select = SmpeOptions.Select("SELECT: the SYSMODs to accept.");
    private static readonly Option<bool> s_all = SmpeOptions.All("Mass mode: every SYSMOD applied in the related target zone and not yet accepted.");
    private static readonly Option<bool> s_check = SmpeOptions.Check();
    private static readonly Option<bool> s_json = SmpeOptions.Json();

    private readonly ICliConsole _console;

    public AcceptCommand(ICliConsole console)
        : base("accept", "ACCEPT applied SYSMODs into the distribution zone; they can no longer be restored.")
    {
        _console = console;
        Options.Add(s_zone);
        Options.Add(s_select);
        Options.Add(s_all);
        Options.Add(s_check);
        Options.Add(s_json);
        SmpeOptions.RequireSelectOrAll(this, s_select, s_all);
        SetAction(parseResult => CsiAccess.Refused(
            console,
            [CsiAccess.ZoneProblem("--zone", parseResult.GetRequiredValue(s_zone)), .. CsiAccess.SysmodIdProblems("--select", parseResult.GetValue(s_select) ?? [])])
            ? ExitCodes.Severe
            : CsiAccess.Run(parseResult, console, parseResult.GetValue(s_check) ? CsiOpenMode.ReadOnly : CsiOpenMode.ReadWrite, csi =>
        {
            var result = csi.Accept(parseResult.GetRequiredValue(s_zone), new ApplyOptions
            {
                Select = parseResult.GetValue(s_select) ?? [],
                All = parseResult.GetValue(s_all),
                Check = parseResult.GetValue(s_check),
            });
            return CommandResultWriter.Write(result, parseResult.GetValue(s_json), _console.Out);
        }));
    }
}
