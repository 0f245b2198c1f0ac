using System.CommandLine;
using IMU.Cli.Output;
using IMU.Grains;

namespace IMU.Cli.Commands;

/// <summary><c>imu rollout list [--json]</c>: every rollout, oldest first.</summary>
internal sealed class RolloutListCommand : Command
{
    private static readonly Option<bool> s_json = SmpeOptions.Json();

    private readonly ClusterConnectionOptions _cluster = new();
    private readonly ICliConsole _console;

    public RolloutListCommand(ICliConsole console)
        : base("list", "List every rollout, oldest first: its state, SYSMODs, how many LPARs, who created it and when.")
    {
        _console = console;
        Options.Add(s_json);
        _cluster.AddTo(this);
        SetAction((parseResult, cancellationToken) => _cluster.RunAsync(parseResult, console, (client, _) => ListAsync(client, parseResult.GetValue(s_json)), cancellationToken));
    }

    private async Task<int> ListAsync(IClusterClient client, bool json)
    {
        var rollouts = await client.GetGrain<IFleetGrain>(GrainKeys.Fleet).ListRolloutsAsync();
        if (json)
        {
            ContractOutput.WriteJson(_console.Out, rollouts);
            return ExitCodes.Success;
        }

        if (rollouts.Length == 0)
        {
            await _console.Out.WriteLineAsync("NO ROLLOUTS: imu rollout create NAME --sysmods ... --lpars ... plans one");
            return ExitCodes.Success;
        }

        var table = new TextTable("ROLLOUT", "STATE", "SYSMODS", "LPARS", "CREATED BY", "CREATED");
        foreach (var rollout in rollouts)
        {
            table.AddRow(rollout.Name, ContractOutput.Word(rollout.State), ContractOutput.List(rollout.Sysmods), $"{rollout.Lpars}", rollout.CreatedBy, ContractOutput.Time(rollout.CreatedAt));
        }

        table.WriteTo(_console.Out);
        return ExitCodes.Success;
    }
}
