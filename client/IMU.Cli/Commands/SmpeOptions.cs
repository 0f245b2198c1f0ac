using System.CommandLine;

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

    public static Option<string[]> Select(string description) => new("--select")
    {
        Description = description,
        HelpName = "ID[,ID...]",
        AllowMultipleArgumentsPerToken = true,
        CustomParser = result => [.. result.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))],
    };

    public static Option<bool> All(string description) => new("--all") { Description = description };

    public static Option<bool> Check() => new("--check")
    {
        Description = "CHECK mode: report what would happen; nothing is written to the CSI.",
    };

    public static Option<bool> Json() => new("--json") { Description = "Print the result as JSON (the scripting contract)." };

    /// <summary>Requires exactly one of <c>--select</c> and <c>--all</c>, as SMP/E requires SELECT or a mass-mode operand.</summary>
    public static void RequireSelectOrAll(Command command, Option<string[]> select, Option<bool> all)
    {
        command.Validators.Add(result =>
        {
            var hasSelect = result.GetValue(select) is { Length: > 0 };
            var hasAll = result.GetValue(all);
            if (hasSelect == hasAll)
            {
                result.AddError("Give either --select ID[,ID...] or --all.");
            }
        });
    }
}
