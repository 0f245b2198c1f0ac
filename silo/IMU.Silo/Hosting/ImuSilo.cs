using IMU.Silo.Options;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Npgsql;

namespace IMU.Silo.Hosting;

/// <summary>A built silo process: start it, wait for it to be told to stop, stop it.</summary>
public sealed class ImuSilo : IAsyncDisposable
{
    private readonly WebApplication _app;

    internal ImuSilo(WebApplication app, ImuSiloOptions options)
    {
        _app = app;
        Options = options;
    }

    /// <summary>The settings the silo runs with.</summary>
    public ImuSiloOptions Options { get; }

    /// <summary>The host's services, Orleans' included (e.g. <see cref="IGrainFactory"/> for in-silo calls).</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>The HTTP surface's address once started (the real port when <c>--http-port 0</c>).</summary>
    public Uri HttpAddress =>
        new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The silo's HTTP surface is not listening; start the silo first."));

    /// <summary>Where grain state and reminders live, for an operator (no credentials).</summary>
    public string StorageDescription => Options.IsCluster
        ? $"PostgreSQL {DescribePostgres(Options.Postgres!)}"
        : $"SQLite {Options.DatabasePath}";

    /// <summary>Starts Orleans, then the HTTP surface; returns once the silo is active and listening.</summary>
    /// <param name="cancellationToken">Abandons the start.</param>
    /// <returns>A task that completes when the silo serves calls.</returns>
    public Task StartAsync(CancellationToken cancellationToken) => _app.StartAsync(cancellationToken);

    /// <summary>Stops gracefully: grains deactivate and their last writes are committed.</summary>
    /// <param name="cancellationToken">Cancelling turns the stop into an ungraceful one.</param>
    /// <returns>A task that completes when the silo stopped.</returns>
    public Task StopAsync(CancellationToken cancellationToken) => _app.StopAsync(cancellationToken);

    /// <summary>Waits until the process is told to stop (Ctrl+C, SIGTERM, or <paramref name="cancellationToken"/>), then stops.</summary>
    /// <param name="cancellationToken">Stops the silo when cancelled.</param>
    /// <returns>A task that completes when the silo stopped.</returns>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken) => _app.WaitForShutdownAsync(cancellationToken);

    /// <summary>One line for operators: the endpoints and the storage.</summary>
    /// <returns>The description.</returns>
    public string Describe() =>
        $"silo {Options.Address}:{Options.SiloPort}, gateway {Options.Address}:{Options.GatewayPort}, http {HttpAddress}, {(Options.IsCluster ? $"cluster '{Options.ClusterId}'" : "embedded")} on {StorageDescription}";

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private static string DescribePostgres(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"{builder.Host}:{builder.Port}/{builder.Database ?? builder.Username}";
    }
}
