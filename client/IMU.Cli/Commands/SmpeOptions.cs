using System.CommandLine;
using System.CommandLine.Parsing;

namespace IMU.Cli.Commands;

/// <summary>Options that several <c>imu smpe</c> subcommands share, declared once so help reads the same everywhere.</summary>
internal static class SmpeOptions
{
    public static Option<string> Zone(string description) => new("--zone")
    {
        Description = description,
        HelpName = "NAME",
        Required = true,
    };

    public static Option<string[]> Select(string description) => List("--select", description, "ID[,ID...]");

    /// <summary>A comma- or blank-separated list option, as SMP/E lists are written: <c>--zone TGT1,TGT2</c>.</summary>
    public static Option<string[]> List(string name, string description, string helpName) => new(name)
    {
        Description = description,
        HelpName = helpName,
        AllowMultipleArgumentsPerToken = true,
        CustomParser = SplitList,
    };

    /// <summary>The values of a list written SMP/E's way, comma-separated, over one or more words.</summary>
    public static string[] SplitList(ArgumentResult result) =>
        [.. result.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];

    public static Option<bool> All(string description) => new("--all") { Description = description };

    public static Option<bool> Check() => new("--check")
    {
        Description = "CHECK mode: report what would happen; nothing is written to the CSI.",
    };

    /// <summary>SMPHOLD for <c>smpe receive</c> and <c>maintenance receive</c>: HOLDDATA files, the option repeated for each.</summary>
    public static Option<FileInfo[]> HoldData() => new("--holddata")
    {
        Description = "SMPHOLD: a HOLDDATA file (++HOLD/++RELEASE, Enhanced HOLDDATA); may be given more than once.",
        HelpName = "FILE",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>SMPPTFIN for <c>smpe receive</c> and <c>maintenance receive</c>: the MCS files.</summary>
    public static Argument<FileInfo[]> McsFiles() => new("FILE")
    {
        Description = "SMPPTFIN: MCS files holding SYSMODs.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public static Option<bool> Json() => new("--json") { Description = "Print the result as JSON (the scripting contract)." };

    /// <summary>
    /// Requires <c>--select</c> (or <c>--sourceid</c>, where the command has it) or else <c>--all</c>, as SMP/E
    /// requires SELECT/SOURCEID or a mass-mode operand.
    /// </summary>
    public static void RequireSelectOrAll(Command command, Option<string[]> select, Option<bool> all, Option<string[]>? sourceId = null)
    {
        command.Validators.Add(result =>
        {
            var hasSelect = result.GetValue(select) is { Length: > 0 } || (sourceId is not null && result.GetValue(sourceId) is { Length: > 0 });
            if (hasSelect == result.GetValue(all))
            {
                result.AddError(sourceId is null ? "Give either --select ID[,ID...] or --all." : "Give --select ID[,ID...] and/or --sourceid ID[,ID...], or else --all.");
            }
        });
    }
}
