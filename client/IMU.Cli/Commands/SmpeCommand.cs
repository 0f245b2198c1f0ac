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

    /// <summary>How long a command waits for another process holding the CSI.</summary>
    public static readonly Option<int> LockTimeoutOption = new("--lock-timeout")
    {
        Description = "Seconds to wait while another process holds the CSI before failing with RC 12.",
        HelpName = "SECONDS",
        DefaultValueFactory = _ => 30,
        Recursive = true,
    };

    public SmpeCommand(ICliConsole console)
        : base("smpe", "SMP/E with SMP/E's own rules: RECEIVE, APPLY, ACCEPT, RESTORE, REJECT, LIST and REPORT against an embedded CSI.")
    {
        Options.Add(CsiOption);
        Options.Add(LockTimeoutOption);
        LockTimeoutOption.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError("--lock-timeout must be 0 or more seconds.");
            }
        });
        Subcommands.Add(new ParseCommand(console));
        Subcommands.Add(new ZoneCommand(console));
        Subcommands.Add(new ReceiveCommand(console));
        Subcommands.Add(new ApplyCommand(console));
        Subcommands.Add(new AcceptCommand(console));
        Subcommands.Add(new RestoreCommand(console));
        Subcommands.Add(new RejectCommand(console));
        Subcommands.Add(new ListCommand(console));
        Subcommands.Add(new ReportCommand(console));
        Subcommands.Add(new DemoCommand(console));
    }
}
