using System.CommandLine;
using IMU.Cli.Output;
using IMU.Smpe.Commands;
using IMU.Smpe.Diagnostics;
using IMU.Smpe.Zones;

namespace IMU.Cli.Commands;

/// <summary>
/// <c>imu smpe --csi PATH apply --zone NAME (--select ID[,ID...] | --sourceid ID[,ID...] | --all) [--groupextend [NOAPARS,NOUSERMODS]] [--bypass 'OPERANDS'] [--check] [--json]</c>.
/// The exit code is SMP/E's return code.
/// </summary>
internal sealed class ApplyCommand : Command
{
    private static readonly Option<string> s_zone = SmpeOptions.Zone("The target zone (SET BOUNDARY).");
    private static readonly Option<string[]> s_select = SmpeOptions.Select("SELECT: the SYSMODs to install.");
    private static readonly Option<bool> s_all = SmpeOptions.All("Mass mode: every received SYSMOD applicable to the zone.");
    private static readonly Option<string[]> s_sourceId = SmpeOptions.List(
        "--sourceid",
        "SOURCEID: also the received SYSMODs with one of these source IDs (RECEIVE gives FIXCAT resolvers their fix categories, e.g. IBM.Coexistence.z/OS.3.1); chosen as --all chooses.",
        "ID[,ID...]");

    private static readonly Option<string[]> s_groupExtend = CreateGroupExtend();

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
        Options.Add(s_sourceId);
        Options.Add(s_all);
        Options.Add(s_groupExtend);
        Options.Add(s_bypass);
        Options.Add(s_check);
        Options.Add(s_json);
        SmpeOptions.RequireSelectOrAll(this, s_select, s_all, s_sourceId);
        SetAction(parseResult => CsiAccess.Refused(
            console,
            [
                CsiAccess.ZoneProblem("--zone", parseResult.GetRequiredValue(s_zone)),
                .. CsiAccess.SysmodIdProblems("--select", parseResult.GetValue(s_select) ?? []),
                .. (parseResult.GetValue(s_sourceId) ?? []).Select(id => SmpeNames.FixCategoryProblem("--sourceid", id)),
            ])
            ? ExitCodes.Severe
            : CsiAccess.Run(parseResult, console, parseResult.GetValue(s_check) ? CsiOpenMode.ReadOnly : CsiOpenMode.ReadWrite, csi =>
        {
            var bypass = BypassText.Read(parseResult.GetValue(s_bypass), _console);
            if (bypass is null)
            {
                return ExitCodes.Severe;
            }

            var groupExtend = parseResult.GetResult(s_groupExtend) is not null ? parseResult.GetValue(s_groupExtend) ?? [] : null;
            var result = csi.Apply(parseResult.GetRequiredValue(s_zone), new ApplyOptions
            {
                Select = parseResult.GetValue(s_select) ?? [],
                SourceIds = parseResult.GetValue(s_sourceId) ?? [],
                All = parseResult.GetValue(s_all),
                GroupExtend = groupExtend is not null,
                GroupExtendNoApars = groupExtend?.Contains("NOAPARS") == true,
                GroupExtendNoUsermods = groupExtend?.Contains("NOUSERMODS") == true,
                Bypass = bypass,
                Check = parseResult.GetValue(s_check),
            });
            return CommandResultWriter.Write(result, parseResult.GetValue(s_json), _console.Out);
        }));
    }

    private static Option<string[]> CreateGroupExtend()
    {
        var groupExtend = SmpeOptions.List(
            "--groupextend",
            "GROUPEXTEND: also install missing requisites and hold resolvers found in the global zone; NOAPARS and NOUSERMODS keep those types out.",
            "[NOAPARS,NOUSERMODS]");
        groupExtend.Arity = ArgumentArity.ZeroOrMore;
        groupExtend.Validators.Add(result =>
        {
            foreach (var value in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (value is not ("NOAPARS" or "NOUSERMODS"))
                {
                    result.AddError($"--groupextend takes NOAPARS and NOUSERMODS, not '{value}'.");
                }
            }
        });
        return groupExtend;
    }
}
