using System.CommandLine;
using IMU.Cli.Output;
using IMU.Zosmf.Simulator;

namespace IMU.Cli.Commands;

/// <summary><c>imu simulator --systems 12 --port 8080 --data DIR</c>: runs the z/OSMF simulator until Ctrl+C.</summary>
internal sealed class SimulatorCommand : Command
{
    private static readonly Option<int> s_systems = new("--systems")
    {
        Description = "How many LPARs to simulate (SYS001, SYS002, ...).",
        DefaultValueFactory = _ => 12,
    };

    private static readonly Option<int> s_port = new("--port")
    {
        Description = "The loopback port to listen on (0 picks a free one).",
        DefaultValueFactory = _ => 8080,
    };

    private static readonly Option<DirectoryInfo?> s_data = new("--data")
    {
        Description = "A directory for the simulated CSIs (one SQLite file per system); a temporary one when omitted.",
    };

    public SimulatorCommand(ICliConsole console)
        : base("simulator", "Run a z/OSMF + HMC simulator for many LPARs, each running SMP/E with IMU.Smpe.")
    {
        Options.Add(s_systems);
        Options.Add(s_port);
        Options.Add(s_data);
        SetAction((parseResult, cancellationToken) => SimulatorCommandRunner.RunAsync(
            new SimulatorOptions
            {
                Systems = parseResult.GetValue(s_systems),
                Port = parseResult.GetValue(s_port),
                DataDirectory = parseResult.GetValue(s_data)?.FullName,
            },
            console.Out,
            cancellationToken));
    }
}
