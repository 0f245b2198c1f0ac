using System.Diagnostics;
using System.Text.RegularExpressions;

namespace IMU.Cluster.Tests;

/// <summary>
/// A PostgreSQL 15 server of this test's own (from <c>.ci/postgres</c>), which the test may stop and start
/// again on the same port and data directory: an outage of the cluster's database, not of a shared server.
/// </summary>
internal sealed partial class PostgresServer : IAsyncDisposable
{
    private const string Bin = "/usr/lib/postgresql/15/bin";

    private readonly string _directory;

    private PostgresServer(string directory, int port)
    {
        _directory = directory;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The server's <c>postgres</c> database, for creating others.</summary>
    public string AdminConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Pooling=false;Timeout=5";

    public static async Task<PostgresServer> StartAsync()
    {
        if (!File.Exists(Path.Combine(Bin, "pg_ctl")))
        {
            throw new InvalidOperationException($"This test runs a PostgreSQL 15 server of its own and none is installed ({Bin}/pg_ctl is missing): apt-get install -y postgresql-15");
        }

        var directory = Path.Combine(Path.GetTempPath(), "imu-pg-outage-" + Guid.NewGuid().ToString("N")[..12]);
        var (exitCode, output) = await RunAsync("bash", Path.Combine(Repository.Root, ".ci", "postgres"), "start", directory);
        var port = PortOf().Match(output);
        if (exitCode != 0 || !port.Success)
        {
            throw new InvalidOperationException($".ci/postgres start {directory} failed ({exitCode}): {output}");
        }

        return new PostgresServer(directory, int.Parse(port.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Stops the server at once (<c>-m immediate</c>: no checkpoint, connections cut, as a crash or a lost network would).</summary>
    public async Task StopAsync()
    {
        var (exitCode, output) = await AsPostgresAsync($"{Bin}/pg_ctl", "-D", Path.Combine(_directory, "data"), "-m", "immediate", "-w", "stop");
        Assert.True(exitCode == 0, $"pg_ctl stop: {output}");
    }

    /// <summary>Starts the stopped server again on the same port and data directory (crash recovery replays its WAL).</summary>
    public async Task StartAgainAsync()
    {
        var (exitCode, output) = await AsPostgresAsync(
            $"{Bin}/pg_ctl", "-D", Path.Combine(_directory, "data"), "-l", Path.Combine(_directory, "server.log"), "-w", "-t", "60",
            "-o", $"-p {Port} -k {_directory} -c listen_addresses=127.0.0.1 -c max_connections=300", "start");
        Assert.True(exitCode == 0, $"pg_ctl start: {output}");
    }

    public async ValueTask DisposeAsync() => await RunAsync("bash", Path.Combine(Repository.Root, ".ci", "postgres"), "stop", _directory);

    private static Task<(int ExitCode, string Output)> AsPostgresAsync(params string[] command) =>
        Environment.UserName == "root" ? RunAsync("runuser", ["-u", "postgres", "--", .. command]) : RunAsync(command[0], command[1..]);

    private static async Task<(int ExitCode, string Output)> RunAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} could not be started");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WithTestTimeout(TimeSpan.FromMinutes(2));
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        return (process.ExitCode, await output + await error);
    }

    [GeneratedRegex(@"Port=(\d+)")]
    private static partial Regex PortOf();
}
