using System.CommandLine;
using IMU.Cli.Output;
using IMU.Smpe.Diagnostics;
using IMU.Smpe.Zones;

namespace IMU.Cli.Commands;

/// <summary><c>imu smpe --csi PATH zone set-fixcat NAME PATTERN[,PATTERN...]</c>: the zone's FIXCAT interest list.</summary>
internal sealed class ZoneSetFixcatCommand : Command
{
    private static readonly Argument<string> s_name = new("NAME") { Description = "A target or DLIB zone, or GLOBAL (the list every zone without its own uses)." };

    private static readonly Argument<string[]> s_patterns = new("PATTERN")
    {
        Description = "Fix categories the zone is interested in, comma-separated; * stands for any run of characters (IBM.Coexistence.z/OS.*).",
        Arity = ArgumentArity.OneOrMore,
        CustomParser = SmpeOptions.SplitList,
    };

    public ZoneSetFixcatCommand(ICliConsole console)
        : base("set-fixcat", "Set a zone's FIXCAT interest list (SMP/E's OPTIONS FIXCAT): FIXCAT holds hold SYSMODs only for these categories.")
    {
        Arguments.Add(s_name);
        Arguments.Add(s_patterns);
        SetAction(parseResult =>
        {
            var zone = parseResult.GetRequiredValue(s_name);
            var patterns = parseResult.GetRequiredValue(s_patterns);
            return CsiAccess.Refused(
                console,
                [CsiAccess.ZoneProblem("NAME", zone, globalAllowed: true), .. patterns.Select(p => SmpeNames.FixCategoryProblem("PATTERN", p, wildcard: true))])
                ? ExitCodes.Severe
                : CsiAccess.Run(parseResult, console, CsiOpenMode.ReadWrite, csi =>
                {
                    var list = csi.SetFixcatInterest(zone, patterns);
                    console.Out.WriteLine($"ZONE {zone} FIXCAT INTEREST LIST: {string.Join(", ", list)}");
                    return ExitCodes.Success;
                });
        });
    }
}
