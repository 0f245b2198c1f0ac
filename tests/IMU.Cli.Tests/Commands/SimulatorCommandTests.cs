using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using IMU.TestUtilities;

namespace IMU.Cli.Tests.Commands;

/// <summary><c>imu simulator</c>: one-line start errors with a non-zero exit, and a clean stop on Ctrl+C and SIGTERM.</summary>
public sealed class SimulatorCommandTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData("--port", "-1", "--port -1")]
    [InlineData("--systems", "0", "--systems 0")]
    [InlineData("--systems", "-3", "--systems -3")]
    [InlineData("--ipl-duration", "3 minutes", "--ipl-duration '3 minutes'")]
    public async Task Simulator_OptionOutOfRange_OneLineErrorNamingIt(string option, string value, string named)
    {
        string[] args = option == "--port" ? ["simulator", option, value] : ["simulator", "--port", "0", option, value];

        var (exitCode, console) = await CliRun.InvokeAsync(args);

        Assert.Equal(ExitCodes.InputError, exitCode);
        Assert.StartsWith($"imu simulator: error: {named}", console.ErrorText, StringComparison.Ordinal);
        Assert.Single(console.ErrorText.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task Simulator_PortInUse_OneLineErrorNamingThePort()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var (exitCode, console) = await CliRun.InvokeAsync("simulator", "--systems", "1", "--port", port);

        Assert.Equal(ExitCodes.InputError, exitCode);
        Assert.StartsWith($"imu simulator: error: --port {port}: cannot listen", console.ErrorText, StringComparison.Ordinal);
        Assert.Single(console.ErrorText.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task Simulator_DataNamingAFile_OneLineError()
    {
        var file = _directory.WriteFile("file", "x");

        var (exitCode, console) = await CliRun.InvokeAsync("simulator", "--systems", "1", "--port", "0", "--data", file);

        Assert.Equal(ExitCodes.InputError, exitCode);
        Assert.StartsWith($"imu simulator: error: --data {file}", console.ErrorText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Simulator_DamagedCsi_OneLineErrorNamingTheFile()
    {
        _directory.WriteFile("SYS001.csi", new string('#', 2048));

        var (exitCode, console) = await CliRun.InvokeAsync("simulator", "--systems", "1", "--port", "0", "--data", _directory.Path);

        Assert.Equal(ExitCodes.InputError, exitCode);
        Assert.StartsWith($"imu simulator: error: {Path.Combine(_directory.Path, "SYS001.csi")}: not a usable CSI", console.ErrorText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Simulator_BaseWithMcsErrors_PrintsThemAtFileLineColumn()
    {
        var file = _directory.WriteFile("base.mcs", "++PTF(UJ00001) BOGUS(X).\n");

        var (exitCode, console) = await CliRun.InvokeAsync("simulator", "--systems", "1", "--port", "0", "--base", file);

        Assert.Equal(ExitCodes.InputError, exitCode);
        Assert.StartsWith($"{file}:1:", console.ErrorText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public async Task Simulator_Signal_StopsCleanlyWithinSeconds(string signal)
    {
        using var process = Start("simulator", "--systems", "2", "--port", "0", "--data", _directory.Path, "--ipl-duration", "PT5S");
        var baseAddress = await ReadBaseAddressAsync(process);
        using (var http = new HttpClient { BaseAddress = baseAddress })
        {
            var systems = await http.GetStringAsync("simulator/systems", TestContext.Current.CancellationToken).WithTestTimeout();
            Assert.Contains("SYS002", systems, StringComparison.Ordinal);
        }

        var stopwatch = Stopwatch.StartNew();
        using (var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync(TestContext.Current.CancellationToken).WithTestTimeout();
        }

        await process.WaitForExitAsync(TestContext.Current.CancellationToken).WithTestTimeout(TimeSpan.FromSeconds(15));
        var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken).WithTestTimeout();

        Assert.Equal(0, process.ExitCode);
        Assert.Contains("stopping", output, StringComparison.Ordinal);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), $"stopped after {stopwatch.Elapsed}");
        Assert.True(File.Exists(Path.Combine(_directory.Path, "SYS002.csi")));
    }

    /// <summary>Starts the built <c>imu</c> as its own process, as a user would run it.</summary>
    private static Process Start(params string[] args)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var info = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "imu.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("imu did not start");
    }

    private static async Task<Uri> ReadBaseAddressAsync(Process process)
    {
        while (true)
        {
            var line = await process.StandardOutput.ReadLineAsync(TestContext.Current.CancellationToken).AsTask().WithTestTimeout()
                ?? throw new InvalidOperationException("imu simulator ended before it listened: " + await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken));
            const string marker = "z/OSMF + HMC simulator on ";
            if (line.StartsWith(marker, StringComparison.Ordinal))
            {
                return new Uri(line[marker.Length..line.IndexOf(' ', marker.Length)]);
            }
        }
    }
}
