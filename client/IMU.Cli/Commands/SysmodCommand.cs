using System.CommandLine;
using IMU.Cli.Output;

namespace IMU.Cli.Commands;

/// <summary><c>imu sysmod</c>: one received SYSMOD across the fleet.</summary>
internal sealed class SysmodCommand : Command
{
    public SysmodCommand(ICliConsole console)
        : base("sysmod", "Look at one SYSMOD across the fleet: its holds, and where it is applied, staged and active.")
    {
        Subcommands.Add(new SysmodShowCommand(console));
    }
}
