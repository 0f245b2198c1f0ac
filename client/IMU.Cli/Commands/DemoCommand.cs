using System.CommandLine;
using IMU.Cli.Output;

namespace IMU.Cli.Commands;

/// <summary>
/// <c>imu smpe demo</c>: a guided maintenance cycle on a shipped sample (a base function, five PTFs,
/// Enhanced HOLDDATA) run through the very commands a user types, each echoed before it runs, so the
/// output doubles as a tutorial. Everything lands in one folder the user can keep working in.
/// </summary>
internal sealed class DemoCommand : Command
{
    private const string TargetZone = "MVST100";
    private const string DlibZone = "MVSD100";

    private static readonly string[] s_samples = ["function.mcs", "service.mcs", "holddata.txt", "holddata-later.txt"];

    private static readonly Option<DirectoryInfo> s_directory = new("--dir")
    {
        Description = "Folder for the demo's CSI (csi.db) and sample files; its csi.db is recreated on every run.",
        DefaultValueFactory = _ => new DirectoryInfo("imu-demo"),
    };

    private readonly ICliConsole _console;

    public DemoCommand(ICliConsole console)
        : base("demo", "Run a whole SMP/E cycle on a shipped sample: zones, RECEIVE, APPLY CHECK, APPLY with BYPASS, ACCEPT, REPORT ERRSYSMODS, RESTORE.")
    {
        _console = console;
        Options.Add(s_directory);
        SetAction((parseResult, cancellationToken) => RunAsync(parseResult.GetRequiredValue(s_directory), cancellationToken));
    }

    private async Task<int> RunAsync(DirectoryInfo directory, CancellationToken cancellationToken)
    {
        directory.Create();
        foreach (var sample in s_samples)
        {
            await using var resource = typeof(DemoCommand).Assembly.GetManifestResourceStream($"IMU.Cli.Samples.{sample}")
                ?? throw new InvalidOperationException($"The sample {sample} is not embedded in the imu assembly.");
            await using var file = File.Create(Path.Combine(directory.FullName, sample));
            await resource.CopyToAsync(file, cancellationToken);
        }

        var csi = Path.Combine(directory.FullName, "csi.db");
        foreach (var leftover in new[] { csi, csi + "-wal", csi + "-shm", csi + "-journal" })
        {
            File.Delete(leftover);
        }

        string Sample(string name) => Path.Combine(directory.FullName, name);
        var steps = new (string Why, string[] Args, int ExpectedReturnCode)[]
        {
            ("Define the distribution zone and its target zone (the CSI is created with its global zone).", ["zone", "add", DlibZone, "--type", "dlib"], 0),
            ("", ["zone", "add", TargetZone, "--type", "target", "--related", DlibZone], 0),
            ("RECEIVE the base function, five PTFs and Enhanced HOLDDATA (one hold is for an FMID this CSI does not have: N/A).", ["receive", Sample("function.mcs"), Sample("service.mcs"), "--holddata", Sample("holddata.txt")], 0),
            ("APPLY and ACCEPT the base function.", ["apply", "--zone", TargetZone, "--select", "HDM7700"], 0),
            ("", ["accept", "--zone", DlibZone, "--select", "HDM7700"], 0),
            ("APPLY CHECK all service: the IPL hold and an unresolved ERROR hold stop two PTFs; UJ90004's HIPER hold is resolved by UJ90002 (SUP AA90010) in the same APPLY.", ["apply", "--zone", TargetZone, "--all", "--check"], 8),
            ("APPLY with an explicit, recorded BYPASS of the IPL hold for UJ90003 only; UJ90005 stays held (RC 8).", ["apply", "--zone", TargetZone, "--all", "--bypass", "HOLDSYSTEM(IPL(UJ90003))"], 8),
            ("New HOLDDATA arrives: UJ90004, already installed, is now in error.", ["receive", "--holddata", Sample("holddata-later.txt")], 0),
            ("REPORT ERRSYSMODS after every HOLDDATA RECEIVE.", ["report", "errsysmods", "--zone", TargetZone], 0),
            ("RESTORE takes UJ90004 back to the DLIB level (it was never accepted).", ["restore", "--zone", TargetZone, "--select", "UJ90004"], 0),
            ("The target zone now: FMID, RMID and UMIDs of every element.", ["list", "--zone", TargetZone, "--elements"], 0),
            ("", ["list", "--zone", TargetZone, "--sysmods"], 0),
        };

        foreach (var (why, args, expected) in steps)
        {
            if (why.Length > 0)
            {
                _console.Out.WriteLine();
                _console.Out.WriteLine($"# {why}");
            }

            string[] command = ["smpe", "--csi", csi, .. args];
            _console.Out.WriteLine($"$ imu {string.Join(' ', command.Select(Quote))}");
            var returnCode = await CliApplication.RunAsync(command, _console, cancellationToken);
            if (returnCode != expected)
            {
                _console.Error.WriteLine($"demo: expected return code {expected}, got {returnCode}; stopping.");
                return returnCode == 0 ? ExitCodes.Severe : returnCode;
            }
        }

        _console.Out.WriteLine();
        _console.Out.WriteLine($"Demo complete. The CSI and the sample MCS are in {directory.FullName}; try the commands above by hand.");
        return ExitCodes.Success;
    }

    private static string Quote(string arg) => arg.Contains(' ') || arg.Contains('(') ? $"'{arg}'" : arg;
}
