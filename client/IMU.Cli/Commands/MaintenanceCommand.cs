using System.CommandLine;
using IMU.Cli.Output;

namespace IMU.Cli.Commands;

/// <summary><c>imu maintenance</c>: the maintenance the orchestrator can roll out.</summary>
internal sealed class MaintenanceCommand : Command
{
    public MaintenanceCommand(ICliConsole console)
        : base("maintenance", "Bring SYSMODs and HOLDDATA to the orchestrator, ready for a rollout.")
    {
        Subcommands.Add(new MaintenanceReceiveCommand(console));
    }
}
