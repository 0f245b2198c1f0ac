using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using IMU.TestUtilities;

namespace IMU.Cli.Tests;

/// <summary>
/// <c>imu simulator</c> as its own process (<see cref="ImuProcess"/>), and its control API: history, faults,
/// and the z/OSMF job list of a system. Starting waits for the line naming the address it listens on.
/// </summary>
internal sealed class SimulatorProcess : IAsyncDisposable
{
    private const string ReadyMarker = "z/OSMF + HMC simulator on ";
    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(90);

    private SimulatorProcess(ImuProcess process, Uri baseAddress)
    {
        Process = process;
        BaseAddress = baseAddress;
        Http = new HttpClient { BaseAddress = baseAddress };

        // Any user is accepted when the simulator runs without --user/--password; z/OSMF still wants one named.
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("IBMUSER:SYS1")));
    }

    public ImuProcess Process { get; }

    /// <summary>The one port: each system's z/OSMF under <c>systems/NAME/</c>, the HMC at the root, the control API under <c>simulator/</c>.</summary>
    public Uri BaseAddress { get; }

    public HttpClient Http { get; }

    public static async Task<SimulatorProcess> StartAsync(params string[] args)
    {
        var process = ImuProcess.Start(["simulator", .. args]);
        try
        {
            var line = await process.WaitForLineAsync(ReadyMarker, s_startTimeout);
            return new SimulatorProcess(process, new Uri(line[ReadyMarker.Length..line.IndexOf(' ', ReadyMarker.Length)]));
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }

    public Uri ZosmfAddress(string system) => new(BaseAddress, $"systems/{system}/");

    /// <summary><c>GET /simulator/systems/{name}/history</c>: every SMP/E command and IPL the system executed, oldest first.</summary>
    public async Task<JsonElement[]> HistoryAsync(string system) =>
        await Http.GetFromJsonAsync<JsonElement[]>($"simulator/systems/{system}/history", TestContext.Current.CancellationToken).WithTestTimeout() ?? [];

    /// <summary><c>POST /simulator/systems/{name}/faults</c> with the contract's body.</summary>
    public async Task AddFaultAsync(string system, string operation, string kind, int count, int seconds)
    {
        using var response = await Http.PostAsJsonAsync($"simulator/systems/{system}/faults", new { operation, kind, count, seconds }, TestContext.Current.CancellationToken).WithTestTimeout();
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The system's jobs as z/OSMF lists them (<c>GET .../zosmf/restjobs/jobs</c>), each with its <c>status</c> (INPUT, ACTIVE, OUTPUT).</summary>
    public async Task<JsonElement[]> JobsAsync(string system) =>
        await Http.GetFromJsonAsync<JsonElement[]>($"systems/{system}/zosmf/restjobs/jobs?owner=*&prefix=*", TestContext.Current.CancellationToken).WithTestTimeout() ?? [];

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!Process.HasExited)
        {
            // SIGTERM: the simulator stops cleanly and closes its CSIs.
            await Process.SignalAsync("TERM");
            await Process.WaitForExitAsync(TimeSpan.FromSeconds(30));
        }

        await Process.DisposeAsync();
    }
}
