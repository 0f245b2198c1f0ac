using System.CommandLine;
using IMU.Cli.Output;
using IMU.Grains;
using IMU.Grains.Models;

namespace IMU.Cli.Commands;

/// <summary><c>imu lpar show NAME [--json]</c>: the zone an LPAR IPLs from, what is staged and active on it, its last IPL and next IPL window.</summary>
internal sealed class LparShowCommand : Command
{
    private static readonly Argument<string> s_name = new("NAME") { Description = "The LPAR, as the fleet file names it." };

    private static readonly Option<bool> s_json = SmpeOptions.Json();

    private readonly ClusterConnectionOptions _cluster = new();
    private readonly ICliConsole _console;

    public LparShowCommand(ICliConsole console)
        : base("show", "Show an LPAR: the zone it IPLs from, SYSMODs staged for its next IPL, SYSMODs active, its last IPL and next IPL window.")
    {
        _console = console;
        Arguments.Add(s_name);
        Options.Add(s_json);
        _cluster.AddTo(this);
        SetAction((parseResult, cancellationToken) => _cluster.RunAsync(
            parseResult, console, (client, _) => ShowAsync(client, parseResult.GetRequiredValue(s_name), parseResult.GetValue(s_json)), cancellationToken));
    }

    private async Task<int> ShowAsync(IClusterClient client, string name, bool json)
    {
        var lpar = client.GetGrain<ILparGrain>(name);
        if (await lpar.GetDefinitionAsync() is null)
        {
            await _console.Error.WriteLineAsync($"imu lpar show: there is no LPAR named {name} in the fleet; imu fleet list shows the LPARs");
            return ExitCodes.Refused;
        }

        var view = await lpar.ShowAsync();
        if (json)
        {
            ContractOutput.WriteJson(_console.Out, view);
            return ExitCodes.Success;
        }

        Write(view);
        return ExitCodes.Success;
    }

    private void Write(LparView view)
    {
        var output = _console.Out;
        output.WriteLine($"LPAR {view.Lpar}   SYSPLEX {view.Sysplex ?? "-"}   IPLS FROM ZONE {view.Zone}");
        output.WriteLine($"LAST IPL {ContractOutput.Time(view.LastIpl, "NOT YET READ")}   NEXT IPL WINDOW {ContractOutput.Time(view.NextIplWindow, "NONE")}   NEEDS IPL {ContractOutput.YesNo(view.NeedsIpl)}   IPL {ContractOutput.Word(view.Ipl)}");
        foreach (var reason in view.Reasons)
        {
            output.WriteLine($"  {reason}");
        }

        output.WriteLine();
        output.WriteLine("STAGED (APPLIED TO THE IPL ZONE, ACTIVE AT THE NEXT IPL)");
        var staged = new TextTable("SYSMOD", "ROLLOUT");
        foreach (var sysmod in view.Staged)
        {
            staged.AddRow(sysmod.Id, sysmod.Rollout);
        }

        ContractOutput.WriteTable(staged, output);
        output.WriteLine();
        output.WriteLine("ACTIVE");
        var active = new TextTable("SYSMOD");
        foreach (var sysmod in view.Active)
        {
            active.AddRow(sysmod.Id);
        }

        ContractOutput.WriteTable(active, output);
    }
}
