using IMU.Runtime.Hosting;
using IMU.Runtime.Transport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace IMU.Runtime.Testing;

/// <summary>
/// An in-process cluster for tests, shaped like Orleans.TestingHost: a client, silos that can be
/// stopped gracefully, killed (no deactivation, no flush) and restarted with the same configuration.
/// </summary>
public sealed class TestCluster : IAsyncDisposable
{
    private readonly string _clusterId;
    private readonly Action<SiloBuilder>[] _silo;
    private readonly Action<ClientBuilder>[] _client;
    private readonly Action<IHostApplicationBuilder>[] _host;
    private readonly InProcessTransport _transport = new();
    private readonly List<SiloHandle> _silos = [];
    private IHost? _clientHost;

    internal TestCluster(string clusterId, TimeProvider timeProvider, Action<SiloBuilder>[] silo, Action<ClientBuilder>[] client, Action<IHostApplicationBuilder>[] host)
    {
        _clusterId = clusterId;
        TimeProvider = timeProvider;
        _silo = silo;
        _client = client;
        _host = host;
    }

    /// <summary>The cluster id, unique per test cluster.</summary>
    public string ClusterId => _clusterId;

    /// <summary>The clock every silo and the client run on.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>The client, as a grain factory.</summary>
    public IGrainFactory GrainFactory => Client;

    /// <summary>The client.</summary>
    public IClusterClient Client => _clientHost?.Services.GetRequiredService<IClusterClient>() ?? throw new InvalidOperationException("The cluster is not started.");

    /// <summary>The silos, running or not, in start order.</summary>
    public IReadOnlyList<SiloHandle> Silos => _silos;

    /// <summary>Stops a silo gracefully: its activations run <c>OnDeactivateAsync</c>.</summary>
    /// <param name="silo">The silo.</param>
    /// <returns>A task that completes when the silo stopped.</returns>
    public async Task StopSiloAsync(SiloHandle silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.IsRunning = false;
        await silo.Host.StopAsync().ConfigureAwait(false);
        await DisposeHostAsync(silo.Host).ConfigureAwait(false);
    }

    /// <summary>
    /// Kills a silo like a crash: activations vanish without deactivation, queued state writes are
    /// dropped (their callers get an exception) and storage files are closed. The silo is dead when
    /// this method returns (only a commit already under way may still finish); the task completes
    /// once its files are closed and its host is disposed.
    /// </summary>
    /// <param name="silo">The silo.</param>
    /// <returns>A task that completes when the silo is gone.</returns>
    public async Task KillSiloAsync(SiloHandle silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.IsRunning = false;
        await silo.Runtime.KillAsync().ConfigureAwait(false);
        await silo.Host.StopAsync().ConfigureAwait(false);
        await DisposeHostAsync(silo.Host).ConfigureAwait(false);
    }

    /// <summary>Starts a stopped or killed silo again with the same configuration (and so the same storage files); it gets a new generation.</summary>
    /// <param name="silo">The silo.</param>
    /// <returns>The new handle, which replaces the old one in <see cref="Silos"/>.</returns>
    public async Task<SiloHandle> RestartSiloAsync(SiloHandle silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        if (silo.IsRunning)
        {
            await StopSiloAsync(silo).ConfigureAwait(false);
        }

        var restarted = await StartSiloAsync(silo.Name, CancellationToken.None).ConfigureAwait(false);
        _silos[_silos.IndexOf(silo)] = restarted;
        return restarted;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_clientHost is not null)
        {
            await _clientHost.StopAsync().ConfigureAwait(false);
            _clientHost.Dispose();
        }

        foreach (var silo in _silos.Where(s => s.IsRunning))
        {
            await StopSiloAsync(silo).ConfigureAwait(false);
        }
    }

    internal async Task StartAsync(int siloCount, CancellationToken cancellationToken)
    {
        for (var i = 0; i < siloCount; i++)
        {
            _silos.Add(await StartSiloAsync($"silo{i}", cancellationToken).ConfigureAwait(false));
        }

        var builder = CreateHostBuilder();
        builder.UseImuClient(client =>
        {
            client.Configure(o => o.ClusterId = _clusterId);
            foreach (var configure in _client)
            {
                configure(client);
            }
        });
        _clientHost = builder.Build();
        await _clientHost.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<SiloHandle> StartSiloAsync(string name, CancellationToken cancellationToken)
    {
        var builder = CreateHostBuilder();
        builder.UseImuSilo(silo =>
        {
            silo.Configure(o =>
            {
                o.ClusterId = _clusterId;
                o.SiloName = name;
            });
            foreach (var configure in _silo)
            {
                configure(silo);
            }
        });
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return new SiloHandle(name, host);
    }

    /// <summary>Disposes asynchronously: a storage provider flushing at disposal must not block the caller's thread.</summary>
    private static async Task DisposeHostAsync(IHost host)
    {
        if (host is IAsyncDisposable asyncDisposable)
        {
            await asyncDisposable.DisposeAsync().ConfigureAwait(false);
        }
        else
        {
            host.Dispose();
        }
    }

    private HostApplicationBuilder CreateHostBuilder()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddSingleton(TimeProvider);
        builder.Services.AddSingleton(_transport);
        builder.Services.AddLogging();
        foreach (var configure in _host)
        {
            configure(builder);
        }

        return builder;
    }
}
