using Microsoft.Extensions.Hosting;

namespace IMU.Client;

/// <summary>
/// The client host's lifetime: it leaves Ctrl+C and SIGTERM to the program that holds the connection.
/// The default (ConsoleLifetime) would take SIGINT for itself and cancel the process's own handling, so a
/// command connected to the cluster could no longer be interrupted.
/// </summary>
internal sealed class PassiveHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
