using System.CommandLine;
using IMU.Cli.Output;
using IMU.Silo;
using IMU.Silo.Options;

namespace IMU.Cli.Commands;

/// <summary>
/// <c>imu silo [--data DIR] [--postgres CONNSTR] [--silo-port N] [--gateway-port N] [--http-port N]</c>:
/// runs a silo in this process until Ctrl+C, through IMU.Silo's one entry point, <see cref="ImuSiloHost"/>.
/// </summary>
internal sealed class SiloCommand : Command
{
    private readonly SiloSettingOptions _settings = new(SiloSettings.All);

    public SiloCommand(ICliConsole console)
        : base("silo", "Run an IMU silo: embedded on one SQLite file under --data, or a cluster member with --postgres. Prints a ready line, runs until Ctrl+C.")
    {
        _settings.AddTo(this);
        SetAction((parseResult, cancellationToken) =>
            ImuSiloHost.RunAsync(_settings.ToHostArguments(parseResult), console.Out, console.Error, cancellationToken));
    }
}
