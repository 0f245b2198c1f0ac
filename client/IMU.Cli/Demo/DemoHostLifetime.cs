using Microsoft.Extensions.Hosting;

namespace IMU.Cli.Demo;

/// <summary>
/// The demo's silo lifetime: the demo, not the host, answers Ctrl+C, so that it can tell where the rollout
/// stood and stop the silo and the simulator in order. The generic host's console lifetime would stop
/// the silo under the demo's feet at the first signal.
/// </summary>
internal sealed class DemoHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
