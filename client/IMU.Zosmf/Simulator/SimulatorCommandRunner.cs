namespace IMU.Zosmf.Simulator;

/// <summary>Runs the simulator standalone until cancelled (<c>imu simulator</c>).</summary>
public static class SimulatorCommandRunner
{
    public static async Task<int> RunAsync(SimulatorOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        if (options.DataDirectory is not null)
        {
            Directory.CreateDirectory(options.DataDirectory);
        }

        var simulator = new ZosmfSimulator(options);
        await using (simulator.ConfigureAwait(false))
        {
            await simulator.StartAsync(cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync($"z/OSMF simulator on {simulator.BaseAddress} with {simulator.Systems.Count} systems (Ctrl+C stops it)").ConfigureAwait(false);
            foreach (var name in simulator.Systems.Keys.Order(StringComparer.Ordinal))
            {
                await output.WriteLineAsync($"  {name,-8} z/OSMF and HMC at {simulator.SystemAddress(name)}  (HMC partition id {name})").ConfigureAwait(false);
            }

            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                await output.WriteLineAsync("stopping").ConfigureAwait(false);
            }

            await simulator.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }

        return 0;
    }
}
