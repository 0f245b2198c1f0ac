using System.CommandLine;
using IMU.Cli.Output;
using IMU.Grains;

namespace IMU.Cli.Commands;

/// <summary><c>imu fleet list [--json]</c>: every LPAR with its state, whether it needs an IPL, and its next IPL window.</summary>
internal sealed class FleetListCommand : Command
{
    private static readonly Option<bool> s_json = SmpeOptions.Json();

    private readonly ClusterConnectionOptions _cluster = new();
    private readonly ICliConsole _console;

    public FleetListCommand(ICliConsole console)
        : base("list", "List every LPAR: sysplex, the zone it IPLs from, its state, whether changes wait for its IPL, its next IPL window.")
    {
        _console = console;
        Options.Add(s_json);
        _cluster.AddTo(this);
        SetAction((parseResult, cancellationToken) => _cluster.RunAsync(parseResult, console, (client, _) => ListAsync(client, parseResult.GetValue(s_json)), cancellationToken));
    }

    private async Task<int> ListAsync(IClusterClient client, bool json)
    {
        var lpars = await client.GetGrain<IFleetGrain>(GrainKeys.Fleet).ListAsync();
        if (json)
        {
            ContractOutput.WriteJson(_console.Out, lpars);
            return ExitCodes.Success;
        }

        if (lpars.Length == 0)
        {
            await _console.Out.WriteLineAsync("NO LPARS DECLARED: imu fleet apply -f FILE declares them");
            return ExitCodes.Success;
        }

        var table = new TextTable("LPAR", "SYSPLEX", "ZONE", "STATE", "NEEDS IPL", "NEXT IPL WINDOW");
        foreach (var lpar in lpars)
        {
            table.AddRow(lpar.Lpar, lpar.Sysplex, lpar.Zone, ContractOutput.Word(lpar.State), ContractOutput.YesNo(lpar.NeedsIpl), ContractOutput.Time(lpar.NextIplWindow, "NONE"));
        }

        table.WriteTo(_console.Out);
        await _console.Out.WriteLineAsync($"{lpars.Length} LPAR(S), {lpars.Count(l => l.NeedsIpl)} WITH CHANGES STAGED FOR THEIR NEXT IPL");
        return ExitCodes.Success;
    }
}
