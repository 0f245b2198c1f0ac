using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Orleans.Configuration;

namespace IMU.Client;

/// <summary>
/// A connected Orleans client to an IMU cluster. <see cref="ConnectAsync"/> keeps trying until a silo
/// answers or the connect timeout passes, then fails with a one-line <see cref="ClusterUnavailableException"/>.
/// Dispose it to close the connection.
/// </summary>
public sealed class ClusterConnection : IAsyncDisposable
{
    private static readonly TimeSpan s_retryDelay = TimeSpan.FromMilliseconds(200);
    private readonly IHost _host;

    private ClusterConnection(IHost host, string target)
    {
        _host = host;
        Target = target;
        Client = host.Services.GetRequiredService<IClusterClient>();
    }

    /// <summary>The client: <c>Client.GetGrain&lt;IProbeGrain&gt;("x")</c> and so on.</summary>
    public IClusterClient Client { get; }

    /// <summary>Where the client connected, for messages: the gateway, or the cluster and its PostgreSQL.</summary>
    public string Target { get; }

    /// <summary>Connects to the cluster the options name.</summary>
    /// <param name="options">The gateway or PostgreSQL, and the connect timeout.</param>
    /// <param name="cancellationToken">Abandons the attempt.</param>
    /// <returns>The open connection.</returns>
    /// <exception cref="ClusterUnavailableException">No silo answered within the connect timeout.</exception>
    /// <exception cref="FormatException">The gateway is not <c>HOST:PORT</c>.</exception>
    public static async Task<ClusterConnection> ConnectAsync(ClusterClientOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        string target;
        Action<IClientBuilder> clustering;
        if (!string.IsNullOrWhiteSpace(options.Postgres))
        {
            var postgres = new NpgsqlConnectionStringBuilder(options.Postgres);
            target = $"the cluster '{options.ClusterId}' registered in PostgreSQL {postgres.Host}:{postgres.Port}/{postgres.Database ?? postgres.Username}";
            clustering = client => client.UseAdoNetClustering(adoNet =>
            {
                adoNet.Invariant = "Npgsql";
                adoNet.ConnectionString = options.Postgres;
            });
        }
        else
        {
            var gateway = GatewayAddress.Parse(options.Gateway);
            target = $"the gateway {gateway}";
            var endpoint = await gateway.ResolveAsync(cancellationToken).ConfigureAwait(false);
            clustering = client => client.UseStaticClustering(endpoint);
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.ConnectTimeout);
        Exception? lastFailure = null;
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleansClient(client =>
        {
            clustering(client);
            client
                .Configure<ClusterOptions>(cluster =>
                {
                    cluster.ClusterId = options.ClusterId;
                    cluster.ServiceId = options.ServiceId;
                })
                .AddActivityPropagation()
                .UseConnectionRetryFilter(async (failure, token) =>
                {
                    // Keep trying until the deadline: a silo that is still starting answers a moment later.
                    lastFailure = failure;
                    await Task.Delay(s_retryDelay, token).ConfigureAwait(false);
                    return !token.IsCancellationRequested;
                });
        });

        builder.Services.AddSingleton<IHostLifetime, PassiveHostLifetime>();
        var host = builder.Build();
        try
        {
            await host.StartAsync(deadline.Token).ConfigureAwait(false);
            return new ClusterConnection(host, target);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            host.Dispose();
            var cause = lastFailure ?? ex;
            throw new ClusterUnavailableException(
                $"No IMU silo answered at {target} within {options.ConnectTimeout.TotalSeconds:0.#} s ({cause.Message.Split('\n')[0].Trim()}). Start one with `imu silo`, or pass --gateway HOST:PORT or --postgres.",
                cause);
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        try
        {
            await _host.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            _host.Dispose();
        }
    }
}
