using System.CommandLine;
using IMU.Cli.Output;

namespace IMU.Cli.Commands;

/// <summary><c>imu lpar</c>: one LPAR of the fleet.</summary>
internal sealed class LparCommand : Command
{
    public LparCommand(ICliConsole console)
        : base("lpar", "Look at one LPAR: what is staged for its next IPL and what is active on it.")
    {
        Subcommands.Add(new LparShowCommand(console));
    }
}
