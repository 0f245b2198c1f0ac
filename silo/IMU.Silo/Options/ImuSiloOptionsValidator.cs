using System.Net;
using Npgsql;

namespace IMU.Silo.Options;

/// <summary>Checks <see cref="ImuSiloOptions"/> before anything starts, naming each bad setting and where it comes from.</summary>
internal static class ImuSiloOptionsValidator
{
    public static IReadOnlyList<string> Validate(ImuSiloOptions options)
    {
        var problems = new List<string>();
        CheckPort(problems, "--silo-port", options.SiloPort, allowAny: false);
        CheckPort(problems, "--gateway-port", options.GatewayPort, allowAny: false);
        CheckPort(problems, "--http-port", options.HttpPort, allowAny: true);
        if (options.SiloPort == options.GatewayPort || options.SiloPort == options.HttpPort || options.GatewayPort == options.HttpPort)
        {
            problems.Add($"--silo-port ({options.SiloPort}), --gateway-port ({options.GatewayPort}) and --http-port ({options.HttpPort}) must differ.");
        }

        if (!IPAddress.TryParse(options.Address, out var address))
        {
            problems.Add($"--address must be an IP address such as 127.0.0.1 or 10.0.0.5, not '{options.Address}'.");
        }
        else if (!options.IsCluster && !IPAddress.IsLoopback(address))
        {
            problems.Add($"--address {options.Address}: an embedded silo listens on loopback only; give --postgres to run a cluster reachable from other hosts.");
        }

        if (!IPAddress.TryParse(options.Listen, out var listen))
        {
            problems.Add($"--listen must be an IP address such as 127.0.0.1 or 0.0.0.0, not '{options.Listen}'.");
        }
        else if (!IPAddress.IsLoopback(listen) && string.IsNullOrWhiteSpace(options.TokenFile))
        {
            problems.Add($"--listen {options.Listen} reaches beyond loopback: give --token-file FILE with the bearer tokens that every API call and the page must carry.");
        }

        if (options.TokenFile is { Length: > 0 } tokenFile && !File.Exists(tokenFile))
        {
            problems.Add($"--token-file {tokenFile}: no such file.");
        }

        if (string.IsNullOrWhiteSpace(options.ClusterId) || string.IsNullOrWhiteSpace(options.ServiceId))
        {
            problems.Add("--cluster-id and --service-id must not be empty.");
        }

        if (options.IsCluster)
        {
            CheckConnectionString(problems, options.Postgres!);
        }
        else if (string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            problems.Add("--data must name a directory, e.g. ./imu-data.");
        }
        else if (File.Exists(options.DataDirectory))
        {
            problems.Add($"--data {options.DataDirectory} is a file; it must be a directory (created when missing).");
        }

        return problems;
    }

    private static void CheckPort(List<string> problems, string flag, int port, bool allowAny)
    {
        if (port is > 65535 or < 0 || (port == 0 && !allowAny))
        {
            problems.Add($"{flag} must be between 1 and 65535{(allowAny ? " (or 0 for any free port)" : string.Empty)}, not {port}.");
        }
    }

    private static void CheckConnectionString(List<string> problems, string connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            if (string.IsNullOrWhiteSpace(builder.Host))
            {
                problems.Add("--postgres must name a host, e.g. 'Host=127.0.0.1;Port=5432;Database=imu;Username=imu;Password=...'.");
            }
        }
        catch (ArgumentException ex)
        {
            // The message names the bad keyword; the connection string itself may hold a password, so it is not echoed.
            problems.Add($"--postgres is not a valid PostgreSQL connection string: {ex.Message}");
        }
    }
}
