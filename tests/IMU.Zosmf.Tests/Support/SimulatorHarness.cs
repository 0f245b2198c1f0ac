using IMU.Zosmf.Http;
using IMU.Zosmf.Resilience;
using IMU.Zosmf.Simulator;
using Microsoft.Extensions.Logging;

namespace IMU.Zosmf.Tests.Support;

/// <summary>A started simulator plus agents tuned for tests (fast polling, short backoff).</summary>
public sealed class SimulatorHarness : IAsyncDisposable
{
    private readonly List<ZosmfLparAgent> _agents = [];
    private readonly TimeProvider _time;

    private SimulatorHarness(ZosmfSimulator simulator, TimeProvider time)
    {
        Simulator = simulator;
        _time = time;
    }

    public ZosmfSimulator Simulator { get; }

    public static LparCredentials Credentials { get; } = LparCredentials.Basic("IMUSER", "Sup3r-S3cret!pw");

    public static async Task<SimulatorHarness> StartAsync(SimulatorOptions? options = null, TimeProvider? time = null)
    {
        var simulator = new ZosmfSimulator(options ?? new SimulatorOptions { Systems = 2, UserId = "IMUSER", Password = "Sup3r-S3cret!pw" }, time);
        await simulator.StartAsync().WithTestTimeout();
        return new SimulatorHarness(simulator, time ?? TimeProvider.System);
    }

    public SimulatedSystem System(string name) => Simulator.Systems[name];

    public ZosmfLparAgent Agent(string system, ResilienceSettings? resilience = null, ILoggerProvider? logs = null, LparCredentials? credentials = null)
    {
        var options = Simulator.CreateAgentOptions(system, credentials ?? Credentials) with
        {
            StatusPollInterval = TimeSpan.FromMilliseconds(5),
            IplPollInterval = TimeSpan.FromSeconds(10),
            TimeProvider = _time,
            Resilience = resilience ?? new ResilienceSettings
            {
                CallTimeout = TimeSpan.FromSeconds(10),
                RetryBaseDelay = TimeSpan.FromMilliseconds(5),
            },
        };
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs ?? new CapturingLoggerProvider()));
        var agent = new ZosmfLparAgent(options, factory.CreateLogger<ZosmfLparAgent>());
        _agents.Add(agent);
        return agent;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var agent in _agents)
        {
            agent.Dispose();
        }

        await Simulator.DisposeAsync();
    }
}
