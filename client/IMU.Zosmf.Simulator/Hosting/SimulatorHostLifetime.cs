using Microsoft.Extensions.Hosting;

namespace IMU.Zosmf.Simulator.Hosting;

/// <summary>
/// A host lifetime that hooks no signals. The web host's default console lifetime takes Ctrl+C and
/// SIGTERM for itself and stops the server without anyone waiting for it; whoever hosts the simulator
/// (the <c>imu simulator</c> command, a test) owns shutdown and disposes it.
/// </summary>
internal sealed class SimulatorHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
