namespace IMU.Cli.Tests;

/// <summary>
/// <c>imu silo</c> as its own process (<see cref="ImuProcess"/>), so it can be killed with SIGKILL.
/// Starting waits for the ready line, which the silo prints once it serves grain calls.
/// </summary>
internal sealed class SiloProcess : IAsyncDisposable
{
    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(90);
    private readonly ImuProcess _process;

    private SiloProcess(ImuProcess process) => _process = process;

    public string Output => _process.Output;

    public static Task<SiloProcess> StartAsync(params string[] args) => StartAsync(args, null);

    /// <summary>Starts <c>imu silo ARGS</c> with <paramref name="environment"/> added to its environment (the fleet's password variables).</summary>
    public static async Task<SiloProcess> StartAsync(string[] args, IReadOnlyDictionary<string, string>? environment)
    {
        var silo = new SiloProcess(ImuProcess.Start(["silo", .. args], environment));
        try
        {
            await silo._process.WaitForLineAsync("IMU silo ready:", s_startTimeout);
        }
        catch
        {
            await silo.DisposeAsync();
            throw;
        }

        return silo;
    }

    /// <summary>SIGKILL: no shutdown hooks, no flush, no graceful deactivation.</summary>
    public Task KillAsync() => _process.KillAsync();

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
