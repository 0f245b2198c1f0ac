using System.CommandLine;
using IMU.Cli.Output;

namespace IMU.Cli.Commands;

/// <summary><c>imu smpe zone</c>: defines the target and distribution zones of the CSI.</summary>
internal sealed class ZoneCommand : Command
{
    public ZoneCommand(ICliConsole console)
        : base("zone", "Define target and DLIB zones in the CSI (the global zone comes with the CSI).")
    {
        Subcommands.Add(new ZoneAddCommand(console));
        Subcommands.Add(new ZoneSetFixcatCommand(console));
    }
}
