using System.CommandLine;
using IMU.Cli.Output;

namespace IMU.Cli.Commands;

/// <summary><c>imu smpe</c>: SMP/E commands with SMP/E's semantics against an embedded CSI.</summary>
internal sealed class SmpeCommand : Command
{
    /// <summary>The CSI file; every subcommand but <c>parse</c> needs it.</summary>
    public static readonly Option<FileInfo> CsiOption = new("--csi")
    {
        Description = "The CSI: one SQLite file holding the global zone and its target and DLIB zones (created by 'zone add').",
        HelpName = "PATH",
        Recursive = true,
    };

    public SmpeCommand(ICliConsole console)
        : base("smpe", "SMP/E with SMP/E's own rules: RECEIVE, APPLY, ACCEPT, RESTORE, LIST and REPORT against an embedded CSI.")
    {
        Options.Add(CsiOption);
        Subcommands.Add(new ParseCommand(console));
        Subcommands.Add(new ZoneCommand(console));
        Subcommands.Add(new ReceiveCommand(console));
        Subcommands.Add(new ApplyCommand(console));
        Subcommands.Add(new AcceptCommand(console));
        Subcommands.Add(new RestoreCommand(console));
        Subcommands.Add(new ListCommand(console));
        Subcommands.Add(new ReportCommand(console));
        Subcommands.Add(new DemoCommand(console));
    }
}
