using System.CommandLine;
using IMU.Cli.Output;
using IMU.Smpe.Commands;
using IMU.Smpe.Zones;

namespace IMU.Cli.Commands;

/// <summary><c>imu smpe --csi PATH reject (--select ID[,ID...] | --purge) [--check] [--json]</c>.</summary>
internal sealed class RejectCommand : Command
{
    private static readonly Option<string[]> s_select = SmpeOptions.Select("SELECT: received SYSMODs to remove from the global zone; one installed or superseded in any zone is refused.");
    private static readonly Option<bool> s_purge = new("--purge")
    {
        Description = "PURGE: remove the global zone entries of SYSMODs accepted wherever they are applied (no RESTORE can need them).",
    };

    private static readonly Option<bool> s_check = SmpeOptions.Check();
    private static readonly Option<bool> s_json = SmpeOptions.Json();

    public RejectCommand(ICliConsole console)
        : base("reject", "REJECT received SYSMODs from the global zone; external HOLDDATA stays.")
    {
        Options.Add(s_select);
        Options.Add(s_purge);
        Options.Add(s_check);
        Options.Add(s_json);
        Validators.Add(result =>
        {
            if ((result.GetValue(s_select) is { Length: > 0 }) == result.GetValue(s_purge))
            {
                result.AddError("Give either --select ID[,ID...] or --purge.");
            }
        });
        SetAction(parseResult => CsiAccess.Refused(console, CsiAccess.SysmodIdProblems("--select", parseResult.GetValue(s_select) ?? []))
            ? ExitCodes.Severe
            : CsiAccess.Run(parseResult, console, parseResult.GetValue(s_check) ? CsiOpenMode.ReadOnly : CsiOpenMode.ReadWrite, csi =>
            {
                var result = csi.Reject(new RejectOptions
                {
                    Select = parseResult.GetValue(s_select) ?? [],
                    Purge = parseResult.GetValue(s_purge),
                    Check = parseResult.GetValue(s_check),
                });
                return CommandResultWriter.Write(result, parseResult.GetValue(s_json), console.Out);
            }));
    }
}
