using System.CommandLine;
using System.Text;
using IMU.Cli.Output;
using IMU.Grains;
using IMU.Grains.Models;

namespace IMU.Cli.Commands;

/// <summary><c>imu fleet apply -f FILE</c>: declares or updates the LPARs, groups and IPL windows a fleet file names (idempotent).</summary>
internal sealed class FleetApplyCommand : Command
{
    private static readonly Option<FileInfo> s_file = new("--file", "-f")
    {
        Description = "The fleet file: JSON when it ends in .json, else YAML (same schema). A file with any error changes nothing.",
        HelpName = "FILE",
        Required = true,
    };

    private readonly ClusterConnectionOptions _cluster = new();
    private readonly ICliConsole _console;

    public FleetApplyCommand(ICliConsole console)
        : base("apply", "Declare or update LPARs, groups and IPL windows from a fleet file; applying the same file again changes nothing.")
    {
        _console = console;
        Options.Add(s_file);
        _cluster.AddTo(this);
        SetAction(async (parseResult, cancellationToken) =>
        {
            var file = parseResult.GetRequiredValue(s_file);
            if (!file.Exists)
            {
                await _console.Error.WriteLineAsync($"{file}: error: {(Directory.Exists(file.FullName) ? "is a directory, not a fleet file" : "file not found")}");
                return ExitCodes.InputError;
            }

            var text = await File.ReadAllTextAsync(file.FullName, Encoding.UTF8, cancellationToken);
            return await _cluster.RunAsync(parseResult, console, (client, _) => ApplyAsync(client, new FleetFile(file.ToString(), text)), cancellationToken);
        });
    }

    private async Task<int> ApplyAsync(IClusterClient client, FleetFile file)
    {
        var result = await client.GetGrain<IFleetGrain>(GrainKeys.Fleet).ApplyAsync(file);
        if (result.Errors.Length > 0)
        {
            foreach (var error in result.Errors)
            {
                await _console.Error.WriteLineAsync(error);
            }

            await _console.Error.WriteLineAsync($"imu fleet apply: {file.Name}: {result.Errors.Length} error(s); nothing changed");
            return ExitCodes.InputError;
        }

        var table = new TextTable("LPAR", "CHANGE");
        foreach (var (lpars, change) in new[] { (result.Added, "ADDED"), (result.Updated, "UPDATED"), (result.Unchanged, "UNCHANGED") })
        {
            foreach (var lpar in lpars)
            {
                table.AddRow(lpar, change);
            }
        }

        table.WriteTo(_console.Out);
        await _console.Out.WriteLineAsync($"{file.Name}: {result.Added.Length} LPAR(S) ADDED, {result.Updated.Length} UPDATED, {result.Unchanged.Length} UNCHANGED");
        return ExitCodes.Success;
    }
}
