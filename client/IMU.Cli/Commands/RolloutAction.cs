using IMU.Grains;
using IMU.Grains.Models;

namespace IMU.Cli.Commands;

/// <summary>One of the rollout commands that take only an operator (start, pause, resume, abort, restore) and the grain call that carries it out.</summary>
/// <param name="Name">The subcommand.</param>
/// <param name="Description">Its help line.</param>
/// <param name="Send">The call.</param>
internal sealed record RolloutAction(string Name, string Description, Func<IRolloutGrain, OperatorAction, Task<RolloutCommandResult>> Send);
