using System.CommandLine;
using IMU.Cli.Output;

namespace IMU.Cli.Commands;

/// <summary><c>imu smpe report</c>: SMP/E's REPORT command family.</summary>
internal sealed class ReportCommand : Command
{
    public ReportCommand(ICliConsole console)
        : base("report", "SMP/E reports.")
    {
        Subcommands.Add(new ReportErrSysmodsCommand(console));
        Subcommands.Add(new ReportMissingFixCommand(console));
    }
}
