using System.CommandLine;
using System.Text;
using IMU.Cli.Output;
using IMU.Grains;
using IMU.Grains.Models;

namespace IMU.Cli.Commands;

/// <summary>
/// <c>imu maintenance receive [--holddata FILE]... FILE...</c>: SYSMODs (SMPPTFIN) and HOLDDATA (SMPHOLD)
/// to the orchestrator, which checks them with a RECEIVE and records each SYSMOD, its holds and its
/// activation class; a package with any error receives nothing.
/// </summary>
internal sealed class MaintenanceReceiveCommand : Command
{
    private static readonly Option<FileInfo[]> s_holdData = SmpeOptions.HoldData();

    private static readonly Argument<FileInfo[]> s_files = SmpeOptions.McsFiles();

    private static readonly Option<bool> s_json = SmpeOptions.Json();

    private readonly ClusterConnectionOptions _cluster = new();
    private readonly ICliConsole _console;

    public MaintenanceReceiveCommand(ICliConsole console)
        : base("receive", "Receive SYSMODs and HOLDDATA for rollouts: errors as FILE:LINE:COL, and then nothing is received.")
    {
        _console = console;
        Options.Add(s_holdData);
        Arguments.Add(s_files);
        Options.Add(s_json);
        _cluster.AddTo(this);
        Validators.Add(result =>
        {
            if (result.GetValue(s_files) is not { Length: > 0 } && result.GetValue(s_holdData) is not { Length: > 0 })
            {
                result.AddError("Give at least one SYSMOD file or --holddata FILE.");
            }
        });
        SetAction(async (parseResult, cancellationToken) =>
        {
            var files = new List<MaintenanceFile>();
            foreach (var (file, holdData) in (parseResult.GetValue(s_files) ?? []).Select(f => (f, false)).Concat((parseResult.GetValue(s_holdData) ?? []).Select(f => (f, true))))
            {
                if (!file.Exists)
                {
                    await _console.Error.WriteLineAsync($"{file}: error: {(Directory.Exists(file.FullName) ? "is a directory, not an MCS file" : "file not found")}; nothing was received");
                    return ExitCodes.InputError;
                }

                // Latin-1 keeps every byte of the MCS as it is, as the SMP/E readers take it.
                files.Add(new MaintenanceFile(file.ToString(), await File.ReadAllTextAsync(file.FullName, Encoding.Latin1, cancellationToken), holdData));
            }

            return await _cluster.RunAsync(
                parseResult, console, (client, _) => ReceiveAsync(client, new MaintenancePackage([.. files], Environment.UserName), parseResult.GetValue(s_json)), cancellationToken);
        });
    }

    private async Task<int> ReceiveAsync(IClusterClient client, MaintenancePackage package, bool json)
    {
        var result = await client.GetGrain<IFleetGrain>(GrainKeys.Fleet).ReceiveAsync(package);
        if (result.Errors.Length > 0)
        {
            foreach (var error in result.Errors)
            {
                await _console.Error.WriteLineAsync(error);
            }

            await _console.Error.WriteLineAsync($"imu maintenance receive: {result.Errors.Length} error(s); nothing was received");
            return ExitCodes.InputError;
        }

        if (json)
        {
            ContractOutput.WriteJson(_console.Out, result.Sysmods);
            return ExitCodes.Success;
        }

        var table = new TextTable("SYSMOD", "TYPE", "FMID", "ACTIVATION", "HOLDS NOT RELEASED");
        foreach (var sysmod in result.Sysmods)
        {
            table.AddRow(
                sysmod.Id,
                sysmod.Type ?? "(HOLDDATA ONLY)",
                sysmod.Fmid ?? "-",
                sysmod.Received ? ContractOutput.Word(sysmod.Activation) : "-",
                ContractOutput.List(sysmod.Holds.Select(h => $"{h.Category} {h.Reason}")));
        }

        table.WriteTo(_console.Out);
        await _console.Out.WriteLineAsync($"{result.Sysmods.Length} SYSMOD(S) RECEIVED OR CHANGED, {result.Sysmods.Count(s => s.Holds.Length > 0)} WITH HOLDS NOT RELEASED");
        return ExitCodes.Success;
    }
}
