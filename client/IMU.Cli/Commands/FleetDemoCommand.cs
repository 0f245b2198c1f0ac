using System.CommandLine;
using System.Runtime.InteropServices;
using IMU.Cli.Demo;
using IMU.Cli.Output;

namespace IMU.Cli.Commands;

/// <summary>
/// <c>imu demo [--dir DIR]</c>: the whole product in one process. A simulator of twelve LPARs in three
/// sysplexes and an embedded silo start on free loopback ports; the demo declares the fleet, receives
/// four PTFs with HOLDDATA, and rolls them out in waves with a recorded bypass, showing it live.
/// </summary>
internal sealed class FleetDemoCommand : Command
{
    /// <summary>How long the rollout may take before the demo gives up on it (it takes about a minute and a half).</summary>
    private static readonly TimeSpan s_limit = TimeSpan.FromMinutes(5);

    private static readonly Option<DirectoryInfo> s_directory = new("--dir")
    {
        Description = "Directory for everything the demo makes: the silo's SQLite file, each LPAR's CSI (systems/), the package and fleet file (package/). " +
            "Deleted and recreated on every run; a non-empty directory the demo did not make is refused.",
        HelpName = "DIR",
        DefaultValueFactory = _ => new DirectoryInfo("imu-demo-fleet"),
    };

    private readonly ICliConsole _console;

    public FleetDemoCommand(ICliConsole console)
        : base(
            "demo",
            "Roll maintenance out across a simulated fleet: 12 LPARs in 3 sysplexes, a plain, an IPL-class, a PE-held and a MULTSYS PTF, " +
            "in waves with IPLs in each LPAR's window, shown live. Exits 0 only when the rollout COMPLETED, 8 otherwise; Ctrl+C stops it cleanly. (imu smpe demo is the SMP/E-only tutorial.)")
    {
        _console = console;
        Options.Add(s_directory);
        SetAction((parseResult, cancellationToken) => RunAsync(parseResult.GetRequiredValue(s_directory), cancellationToken));
    }

    private async Task<int> RunAsync(DirectoryInfo directory, CancellationToken cancellationToken)
    {
        // Ctrl+C and SIGTERM end the rollout's display, then the silo and the simulator stop in order.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        IRolloutView view = _console.Terminal is { } terminal ? new LiveRolloutView(terminal) : new PlainRolloutView(_console.Out);
        var demo = new FleetDemo(directory, _console.Out, view);
        FleetDemoOutcome outcome;
        try
        {
            outcome = await demo.RunAsync(s_limit, stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            await _console.Error.WriteLineAsync("imu demo: stopped by Ctrl+C before the rollout started");
            return ExitCodes.RolloutNotCompleted;
        }

        if (outcome.Status is not null)
        {
            await demo.ReportAsync(outcome);
        }

        if (outcome.Problem is { } problem)
        {
            await _console.Error.WriteLineAsync($"imu demo: {problem}");
            return ExitCodes.RolloutNotCompleted;
        }

        return ExitCodes.Success;

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }
    }
}
