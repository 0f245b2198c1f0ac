using System.CommandLine;
using IMU.Cli.Output;
using IMU.Grains;
using IMU.Grains.Models;

namespace IMU.Cli.Commands;

/// <summary><c>imu rollout approve NAME --wave N [--reason TEXT]</c>: lets a wave of a rollout created with <c>--approve-waves</c> start.</summary>
internal sealed class RolloutApproveCommand : Command
{
    private static readonly Argument<string> s_name = RolloutCommand.NameArgument();

    private static readonly Option<int> s_wave = new("--wave")
    {
        Description = "The wave to let start (from 2; the first starts with imu rollout start).",
        HelpName = "N",
        Required = true,
    };

    private static readonly Option<string?> s_reason = new("--reason")
    {
        Description = "Why it may start, for the rollout's audit record.",
        HelpName = "TEXT",
    };

    private readonly ClusterConnectionOptions _cluster = new();
    private readonly ICliConsole _console;

    public RolloutApproveCommand(ICliConsole console)
        : base("approve", "Approve the next wave of a rollout created with --approve-waves; recorded in its audit with your user ID.")
    {
        _console = console;
        Arguments.Add(s_name);
        Options.Add(s_wave);
        Options.Add(s_reason);
        _cluster.AddTo(this);
        SetAction((parseResult, cancellationToken) => _cluster.RunAsync(parseResult, console, (client, _) => ApproveAsync(client, parseResult), cancellationToken));
    }

    private async Task<int> ApproveAsync(IClusterClient client, ParseResult parseResult)
    {
        var name = parseResult.GetRequiredValue(s_name);
        var wave = parseResult.GetValue(s_wave);
        var result = await client.GetGrain<IRolloutGrain>(name).ApproveAsync(wave, new OperatorAction(RolloutCommand.Operator, parseResult.GetValue(s_reason)));
        if (!result.Accepted)
        {
            return await RolloutCommand.RefusedAsync(_console, "approve", name, result.Errors);
        }

        await _console.Out.WriteLineAsync($"ROLLOUT {name}: WAVE {wave} APPROVED, STATE {ContractOutput.Word(result.State)}");
        return ExitCodes.Success;
    }
}
