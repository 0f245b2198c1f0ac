using IMU.Zosmf.Http;
using IMU.Zosmf.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IMU.Zosmf.Simulator;

/// <summary>
/// An HTTP server speaking the agent's z/OSMF and HMC subset for many simulated systems, each
/// addressed by the path prefix <c>/systems/{name}/</c> and each running SMP/E with IMU.Smpe.
/// </summary>
public sealed class ZosmfSimulator : IAsyncDisposable
{
    private readonly SimulatorOptions _options;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, SimulatedSystem> _systems;
    private readonly string _dataDirectory;
    private readonly bool _ownsDataDirectory;
    private WebApplication? _app;

    public ZosmfSimulator(SimulatorOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _time = timeProvider ?? TimeProvider.System;
        _ownsDataDirectory = options.DataDirectory is null;
        _dataDirectory = options.DataDirectory ?? Path.Combine(Path.GetTempPath(), "imu-zosmf-sim-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dataDirectory);
        _systems = options.ResolveSystemNames().ToDictionary(name => name, CreateSystem, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The simulated systems by name.</summary>
    public IReadOnlyDictionary<string, SimulatedSystem> Systems => _systems;

    /// <summary>The server's root address (known after <see cref="StartAsync"/>).</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    internal SimulatorOptions Options => _options;

    internal TimeProvider Time => _time;

    /// <summary>The base address of one system: both its z/OSMF and its HMC live under it.</summary>
    public Uri SystemAddress(string systemName) => new(BaseAddress, $"systems/{systemName}/");

    /// <summary>Agent options pointing at one simulated system.</summary>
    public ZosmfAgentOptions CreateAgentOptions(string systemName, LparCredentials credentials) => new()
    {
        SystemName = systemName,
        ZosmfBaseAddress = SystemAddress(systemName),
        HmcBaseAddress = SystemAddress(systemName),
        HmcPartitionId = systemName,
        Credentials = credentials,
    };

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        if (_options.LogToConsole)
        {
            builder.Logging.AddSimpleConsole();
        }

        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(_options.ListenAddress, _options.Port));
        builder.Services.AddSingleton(this);
        var app = builder.Build();
        SimulatorEndpoints.Map(app, this);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
        _app = app;
    }

    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken).ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
            _app = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        foreach (var system in _systems.Values)
        {
            system.Dispose();
        }

        if (_ownsDataDirectory)
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    internal SimulatedSystem? Find(string name) => _systems.GetValueOrDefault(name);

    private SimulatedSystem CreateSystem(string name)
    {
        var initial = new IplLoadSettings(_options.InitialLoadAddress, _options.InitialLoadParameter);
        var ipl = new SimulatedIpl(name, _time, _options.IplDuration, _options.SysresVolumes, initial);
        var smpe = new SimulatedSmpe(Path.Combine(_dataDirectory, name + ".csi"), _options.TargetZone, _options.DistributionZone);
        return new SimulatedSystem(name, smpe, ipl, _time);
    }
}
