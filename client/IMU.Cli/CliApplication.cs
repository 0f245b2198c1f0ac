using System.CommandLine;
using IMU.Cli.Commands;
using IMU.Cli.Output;

namespace IMU.Cli;

/// <summary>Builds the <c>imu</c> command tree and runs it; tests call <see cref="RunAsync"/> directly.</summary>
internal static class CliApplication
{
    public static RootCommand CreateRootCommand(ICliConsole console)
    {
        return new RootCommand("IMU.Cluster: rolling z/OS maintenance across a fleet of LPARs.")
        {
            new SmpeCommand(console),
            new SimulatorCommand(console),
            new SiloCommand(console),
            new DbCommand(console),
            new ProbeCommand(console),
        };
    }

    public static Task<int> RunAsync(string[] args, ICliConsole console, CancellationToken cancellationToken = default)
    {
        var root = CreateRootCommand(console);
        var configuration = new InvocationConfiguration { Output = console.Out, Error = console.Error };
        return root.Parse(args).InvokeAsync(configuration, cancellationToken);
    }
}
