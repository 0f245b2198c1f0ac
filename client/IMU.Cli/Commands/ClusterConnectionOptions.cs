using System.CommandLine;
using IMU.Cli.Output;
using IMU.Client;

namespace IMU.Cli.Commands;

/// <summary>
/// The <c>--gateway</c>, <c>--postgres</c> and <c>--connect-timeout</c> options of every command that
/// talks to a running cluster, and the connection they describe. A command creates one, adds it with
/// <see cref="AddTo"/>, and runs its work inside <see cref="RunAsync"/>, which prints the one-line error
/// and returns <see cref="ExitCodes.Unavailable"/> when no silo answers.
/// </summary>
internal sealed class ClusterConnectionOptions
{
    private readonly Option<string?> _gateway = new("--gateway")
    {
        Description = $"The silo gateway to connect to (default ${ClusterClientOptions.GatewayEnvironmentVariable}, else {ClusterClientOptions.DefaultGateway}).",
        HelpName = "HOST:PORT",
    };

    private readonly Option<string?> _postgres = new("--postgres")
    {
        Description = $"Find the gateways in the cluster's PostgreSQL instead (default ${ClusterClientOptions.PostgresEnvironmentVariable}).",
        HelpName = "CONNSTR",
    };

    private readonly Option<double> _connectTimeout = new("--connect-timeout")
    {
        Description = "Seconds to keep trying before giving up.",
        HelpName = "SECONDS",
        DefaultValueFactory = _ => 10,
    };

    public void AddTo(Command command)
    {
        command.Options.Add(_gateway);
        command.Options.Add(_postgres);
        command.Options.Add(_connectTimeout);
    }

    /// <summary>The client options the command line and the environment give.</summary>
    public ClusterClientOptions Read(ParseResult parseResult) => new()
    {
        Gateway = parseResult.GetValue(_gateway)
            ?? Environment.GetEnvironmentVariable(ClusterClientOptions.GatewayEnvironmentVariable)
            ?? ClusterClientOptions.DefaultGateway,
        Postgres = parseResult.GetValue(_postgres) ?? Environment.GetEnvironmentVariable(ClusterClientOptions.PostgresEnvironmentVariable),
        ConnectTimeout = TimeSpan.FromSeconds(parseResult.GetValue(_connectTimeout)),
    };

    /// <summary>
    /// Connects, runs <paramref name="work"/> with the client, and disconnects. A cluster that stops
    /// answering in the middle (the silo killed, a call timed out) ends the command with one line naming
    /// where it was connected and <see cref="ExitCodes.Unavailable"/>.
    /// </summary>
    public async Task<int> RunAsync(ParseResult parseResult, ICliConsole console, Func<IClusterClient, CancellationToken, Task<int>> work, CancellationToken cancellationToken)
    {
        ClusterConnection connection;
        try
        {
            connection = await ClusterConnection.ConnectAsync(Read(parseResult), cancellationToken);
        }
        catch (FormatException ex)
        {
            await console.Error.WriteLineAsync($"imu: {ex.Message}");
            return ExitCodes.UsageError;
        }
        catch (ClusterUnavailableException ex)
        {
            await console.Error.WriteLineAsync($"imu: {ex.Message}");
            return ExitCodes.Unavailable;
        }

        await using (connection)
        {
            try
            {
                return await work(connection.Client, cancellationToken);
            }
            catch (Exception ex) when (ex is OrleansException or TimeoutException && !cancellationToken.IsCancellationRequested)
            {
                await console.Error.WriteLineAsync($"imu: {connection.Target} stopped answering ({ex.Message.Split('\n')[0].Trim()}); once a silo answers again, look at what the command did (imu rollout status, imu fleet list) before repeating it.");
                return ExitCodes.Unavailable;
            }
        }
    }
}
