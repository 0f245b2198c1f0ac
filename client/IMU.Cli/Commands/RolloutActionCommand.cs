using System.CommandLine;
using IMU.Cli.Output;
using IMU.Grains;
using IMU.Grains.Models;

namespace IMU.Cli.Commands;

/// <summary><c>imu rollout start|pause|resume|abort|restore NAME [--reason TEXT]</c>: one command to a rollout, recorded in its audit with the OS user.</summary>
internal sealed class RolloutActionCommand : Command
{
    private static readonly Argument<string> s_name = RolloutCommand.NameArgument();

    private static readonly Option<string?> s_reason = new("--reason")
    {
        Description = "Why, for the rollout's audit record.",
        HelpName = "TEXT",
    };

    private readonly ClusterConnectionOptions _cluster = new();
    private readonly ICliConsole _console;
    private readonly RolloutAction _action;

    public RolloutActionCommand(ICliConsole console, RolloutAction action)
        : base(action.Name, action.Description)
    {
        _console = console;
        _action = action;
        Arguments.Add(s_name);
        Options.Add(s_reason);
        _cluster.AddTo(this);
        SetAction((parseResult, cancellationToken) => _cluster.RunAsync(
            parseResult, console, (client, _) => RunAsync(client, parseResult.GetRequiredValue(s_name), parseResult.GetValue(s_reason)), cancellationToken));
    }

    /// <summary>The commands, in the order help lists them.</summary>
    public static IReadOnlyList<RolloutAction> Actions { get; } =
    [
        new("start", "Start a created rollout: its first wave begins (RECEIVE, APPLY CHECK, APPLY on each zone).", (r, a) => r.StartAsync(a)),
        new("pause", "Pause: SMP/E jobs in flight finish, no new ones start.", (r, a) => r.PauseAsync(a)),
        new("resume", "Resume a paused rollout from where it stopped.", (r, a) => r.ResumeAsync(a)),
        new("abort", "Abort: stop for good; what is applied stays applied (imu rollout restore takes it out).", (r, a) => r.AbortAsync(a)),
        new("restore", "RESTORE the rollout's SYSMODs everywhere it applied them and they are not accepted, and clear what it staged.", (r, a) => r.RestoreAsync(a)),
    ];

    private async Task<int> RunAsync(IClusterClient client, string name, string? reason)
    {
        var result = await _action.Send(client.GetGrain<IRolloutGrain>(name), new OperatorAction(RolloutCommand.Operator, reason));
        if (!result.Accepted)
        {
            return await RolloutCommand.RefusedAsync(_console, _action.Name, name, result.Errors);
        }

        await _console.Out.WriteLineAsync($"ROLLOUT {name}: {_action.Name.ToUpperInvariant()} ACCEPTED, STATE {ContractOutput.Word(result.State)}");
        return ExitCodes.Success;
    }
}
