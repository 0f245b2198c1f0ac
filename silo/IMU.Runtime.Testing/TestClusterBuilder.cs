using IMU.Runtime.Hosting;
using Microsoft.Extensions.Hosting;

namespace IMU.Runtime.Testing;

/// <summary>
/// Builds an in-process <see cref="TestCluster"/>: each silo and the client get their own generic
/// host, wired through an in-process transport private to the cluster.
/// </summary>
public sealed class TestClusterBuilder
{
    private readonly List<Action<SiloBuilder>> _silo = [];
    private readonly List<Action<ClientBuilder>> _client = [];
    private readonly List<Action<IHostApplicationBuilder>> _host = [];
    private TimeProvider _timeProvider = TimeProvider.System;

    /// <summary>How many silos to start (default 1; this runtime's single-silo seams host one).</summary>
    public int SiloCount { get; set; } = 1;

    /// <summary>Configures every silo (run again on restart).</summary>
    /// <param name="configure">The configuration.</param>
    /// <returns>This builder.</returns>
    public TestClusterBuilder ConfigureSilo(Action<SiloBuilder> configure)
    {
        _silo.Add(configure ?? throw new ArgumentNullException(nameof(configure)));
        return this;
    }

    /// <summary>Configures the client.</summary>
    /// <param name="configure">The configuration.</param>
    /// <returns>This builder.</returns>
    public TestClusterBuilder ConfigureClient(Action<ClientBuilder> configure)
    {
        _client.Add(configure ?? throw new ArgumentNullException(nameof(configure)));
        return this;
    }

    /// <summary>Configures every host (silos and client), e.g. logging or extra services.</summary>
    /// <param name="configure">The configuration.</param>
    /// <returns>This builder.</returns>
    public TestClusterBuilder ConfigureHost(Action<IHostApplicationBuilder> configure)
    {
        _host.Add(configure ?? throw new ArgumentNullException(nameof(configure)));
        return this;
    }

    /// <summary>Runs the whole cluster on virtual time.</summary>
    /// <param name="timeProvider">The fake clock the test advances.</param>
    /// <returns>This builder.</returns>
    public TestClusterBuilder UseTimeProvider(TimeProvider timeProvider)
    {
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        return this;
    }

    /// <summary>Starts the silos and the client.</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running cluster; dispose it to stop everything.</returns>
    public async Task<TestCluster> BuildAndStartAsync(CancellationToken cancellationToken = default)
    {
        var cluster = new TestCluster($"test-{Guid.NewGuid():N}", _timeProvider, [.. _silo], [.. _client], [.. _host]);
        try
        {
            await cluster.StartAsync(SiloCount, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await cluster.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return cluster;
    }
}
