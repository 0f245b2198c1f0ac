using IMU.Zosmf.Hosting;
using IMU.Zosmf.Http;
using IMU.Zosmf.Resilience;
using IMU.Zosmf.Simulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IMU.Zosmf.Tests.Support;

/// <summary>A started simulator plus agents from <see cref="ZosmfLparAgentFactory"/>, tuned for tests (fast polling, short backoff).</summary>
public sealed class SimulatorHarness : IAsyncDisposable
{
    public const string UserId = "IMUSER";
    public const string Password = "Sup3r-S3cret!pw";

    private readonly List<ServiceProvider> _providers = [];
    private readonly TimeProvider _time;

    private SimulatorHarness(ZosmfSimulator simulator, TimeProvider time)
    {
        Simulator = simulator;
        _time = time;
    }

    public ZosmfSimulator Simulator { get; }

    public static LparCredentials Credentials { get; } = LparCredentials.Basic(UserId, Password);

    public static async Task<SimulatorHarness> StartAsync(SimulatorOptions? options = null, TimeProvider? time = null)
    {
        var clock = time ?? TimeProvider.System;
        var simulator = await ZosmfSimulator.StartAsync((options ?? new SimulatorOptions { Systems = 2, UserId = UserId, Password = Password }) with { TimeProvider = clock }).WithTestTimeout();
        return new SimulatorHarness(simulator, clock);
    }

    public SimulatedSystemInfo System(string name) => Simulator.ListSystems().Single(s => s.Name == name);

    /// <summary>An agent for <paramref name="system"/> from a factory of its own (so each test's breaker settings are its own).</summary>
    public ILparAgent Agent(string system, ResilienceSettings? resilience = null, ILoggerProvider? logs = null, LparCredentials? credentials = null, Action<ZosmfAgentOptions>? configure = null)
        => Factory(resilience, logs, configure).Create(Connection(system, credentials));

    public ILparAgentFactory Factory(ResilienceSettings? resilience = null, ILoggerProvider? logs = null, Action<ZosmfAgentOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton(_time);
        services.AddLogging(b => b.AddProvider(logs ?? new CapturingLoggerProvider()));
        services.AddZosmfAgents(o =>
        {
            o.StatusPollInterval = TimeSpan.FromMilliseconds(5);
            o.IplPollInterval = TimeSpan.FromSeconds(10);
            o.ConsoleFollowUpDelay = TimeSpan.FromMilliseconds(5);
            o.Resilience = resilience ?? new ResilienceSettings
            {
                CallTimeout = TimeSpan.FromSeconds(10),
                RetryBaseDelay = TimeSpan.FromMilliseconds(5),
            };
            configure?.Invoke(o);
        });
        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        return provider.GetRequiredService<ILparAgentFactory>();
    }

    public LparConnection Connection(string system, LparCredentials? credentials = null) => new()
    {
        SystemName = system,
        ZosmfBaseAddress = Simulator.ZosmfBaseAddress(system),
        HmcBaseAddress = Simulator.HmcBaseAddress,
        Credentials = credentials ?? Credentials,
        HmcCredentials = Credentials,
    };

    public async ValueTask DisposeAsync()
    {
        foreach (var provider in _providers)
        {
            await provider.DisposeAsync();
        }

        await Simulator.DisposeAsync();
    }
}
