using System.CommandLine;
using IMU.Cli.Output;

namespace IMU.Cli.Commands;

/// <summary><c>imu fleet</c>: the LPARs, sysplexes, groups and IPL windows the orchestrator knows.</summary>
internal sealed class FleetCommand : Command
{
    public FleetCommand(ICliConsole console)
        : base("fleet", "Declare the fleet (LPARs, sysplexes, MULTSYS groups, IPL windows) and list it.")
    {
        Subcommands.Add(new FleetApplyCommand(console));
        Subcommands.Add(new FleetListCommand(console));
    }
}
