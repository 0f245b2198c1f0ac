using System.Net.Http.Json;
using IMU.Zosmf.Simulator;
using IMU.Zosmf.Simulator.History;

namespace IMU.Cluster.Tests;

/// <summary><c>imu simulator</c> as its own process, driven through its control API as the contract gives it.</summary>
internal sealed class SimulatorProcess : IAsyncDisposable
{
    private const string ReadyPrefix = "z/OSMF + HMC simulator on ";

    private readonly ImuProcess _process;
    private readonly HttpClient _http;

    private SimulatorProcess(ImuProcess process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        _http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>Its z/OSMF, HMC and control API root; each system's z/OSMF is <c>systems/NAME/</c> below it.</summary>
    public Uri BaseAddress { get; }

    public static async Task<SimulatorProcess> StartAsync(int systems, string dataDirectory, string baseMcs, string iplDuration)
    {
        var process = ImuProcess.Start(ReadyPrefix, ["simulator", "--systems", $"{systems}", "--port", "0", "--data", dataDirectory, "--base", baseMcs, "--ipl-duration", iplDuration]);
        try
        {
            var line = await process.Ready.WithTestTimeout(TimeSpan.FromMinutes(2));
            return new SimulatorProcess(process, new Uri(line[ReadyPrefix.Length..line.IndexOf(' ', ReadyPrefix.Length)]));
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }

    public Uri ZosmfBaseAddress(string system) => new(BaseAddress, $"systems/{system}/");

    public async Task<IReadOnlyList<SimulatedSystemInfo>> SystemsAsync() =>
        (await _http.GetFromJsonAsync<List<SimulatedSystemInfo>>("simulator/systems").WithTestTimeout())!;

    public async Task<IReadOnlyList<SimulatorHistoryEntry>> HistoryAsync(string system) =>
        (await _http.GetFromJsonAsync<List<SimulatorHistoryEntry>>($"simulator/systems/{system}/history").WithTestTimeout())!;

    /// <summary>Injects a fault on one system, as <c>POST /simulator/systems/{name}/faults</c> takes it.</summary>
    public async Task AddFaultAsync(string system, string operation, string kind, int count, double seconds)
    {
        using var response = await _http.PostAsJsonAsync($"simulator/systems/{system}/faults", new { operation, kind, count, seconds }).WithTestTimeout();
        Assert.True(response.IsSuccessStatusCode, $"POST faults on {system}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _process.DisposeAsync();
    }
}
