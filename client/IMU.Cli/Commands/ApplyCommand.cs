using System.CommandLine;
using IMU.Cli.Output;
using IMU.Smpe.Commands;
using IMU.Smpe.Zones;

namespace IMU.Cli.Commands;

/// <summary>
/// <c>imu smpe --csi PATH apply --zone NAME (--select ID[,ID...] | --all) [--groupextend] [--bypass 'OPERANDS'] [--check] [--json]</c>.
/// The exit code is SMP/E's return code.
/// </summary>
internal sealed class ApplyCommand : Command
{
    private static readonly Option<string> s_zone = SmpeOptions.Zone("The target zone (SET BOUNDARY).");
    private static readonly Option<string[]> s_select = SmpeOptions.Select("SELECT: the SYSMODs to install.");
    private static readonly Option<bool> s_all = SmpeOptions.All("Mass mode: every received SYSMOD applicable to the zone.");
    private static readonly Option<bool> s_groupExtend = new("--groupextend")
    {
        Description = "GROUPEXTEND: also install missing requisites and hold resolvers found in the global zone.",
    };

    private static readonly Option<string?> s_bypass = new("--bypass")
    {
        Description = "BYPASS operands in SMP/E's own syntax, e.g. 'HOLDSYSTEM(IPL(UJ90003)) HOLDERROR(AA12345) ID'. Every bypass is reported with the result.",
        HelpName = "OPERANDS",
    };

    private static readonly Option<bool> s_check = SmpeOptions.Check();
    private static readonly Option<bool> s_json = SmpeOptions.Json();

    private readonly ICliConsole _console;

    public ApplyCommand(ICliConsole console)
        : base("apply", "APPLY SYSMODs into a target zone, with SMP/E's holds, requisites and element selection.")
    {
        _console = console;
        Options.Add(s_zone);
        Options.Add(s_select);
        Options.Add(s_all);
        Options.Add(s_groupExtend);
        Options.Add(s_bypass);
        Options.Add(s_check);
        Options.Add(s_json);
        SmpeOptions.RequireSelectOrAll(this, s_select, s_all);
        SetAction(parseResult => CsiAccess.Refused(
            console,
            [CsiAccess.ZoneProblem("--zone", parseResult.GetRequiredValue(s_zone)), .. CsiAccess.SysmodIdProblems("--select", parseResult.GetValue(s_select) ?? [])])
            ? ExitCodes.Severe
            : CsiAccess.Run(parseResult, console, parseResult.GetValue(s_check) ? CsiOpenMode.ReadOnly : CsiOpenMode.ReadWrite, csi =>
        {
            var bypass = BypassText.Read(parseResult.GetValue(s_bypass), _console);
            if (bypass is null)
            {
                return ExitCodes.Severe;
            }

            var result = csi.Apply(parseResult.GetRequiredValue(s_zone), new ApplyOptions
            {
                Select = parseResult.GetValue(s_select) ?? [],
                All = parseResult.GetValue(s_all),
                GroupExtend = parseResult.GetValue(s_groupExtend),
                Bypass = bypass,
                Check = parseResult.GetValue(s_check),
            });
            return CommandResultWriter.Write(result, parseResult.GetValue(s_json), _console.Out);
        }));
    }
}
