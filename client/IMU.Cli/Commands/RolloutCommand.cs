using System.CommandLine;
using IMU.Cli.Output;

namespace IMU.Cli.Commands;

/// <summary><c>imu rollout</c>: fleet-wide rollouts of received SYSMODs.</summary>
internal sealed class RolloutCommand : Command
{
    public RolloutCommand(ICliConsole console)
        : base("rollout", "Roll received SYSMODs out across LPARs in waves: create, start, pause, resume, abort, restore, approve, status, list.")
    {
        Subcommands.Add(new RolloutCreateCommand(console));
        foreach (var action in RolloutActionCommand.Actions)
        {
            Subcommands.Add(new RolloutActionCommand(console, action));
        }

        Subcommands.Add(new RolloutApproveCommand(console));
        Subcommands.Add(new RolloutStatusCommand(console));
        Subcommands.Add(new RolloutListCommand(console));
    }

    /// <summary>The rollout name every subcommand but <c>list</c> takes.</summary>
    public static Argument<string> NameArgument() => new("NAME") { Description = "The rollout's name (1 to 64 of A-Z, a-z, 0-9, '.', '_', '-')." };

    /// <summary>Who is asking, for the rollout's audit record: the OS user running <c>imu</c>.</summary>
    public static string Operator => Environment.UserName;

    /// <summary>Prints each refusal on its own line, then a summary naming the command; returns <see cref="ExitCodes.Refused"/>.</summary>
    public static async Task<int> RefusedAsync(ICliConsole console, string command, string name, IReadOnlyCollection<string> errors)
    {
        foreach (var error in errors)
        {
            await console.Error.WriteLineAsync($"imu rollout {command}: {name}: {error}");
        }

        await console.Error.WriteLineAsync($"imu rollout {command}: {name}: refused ({errors.Count} reason(s)); nothing changed");
        return ExitCodes.Refused;
    }
}
