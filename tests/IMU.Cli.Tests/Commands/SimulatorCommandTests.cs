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
        await using var simulator = await SimulatorProcess.StartAsync("--systems", "2", "--port", "0", "--data", _directory.Path, "--ipl-duration", "PT5S");
        var systems = await simulator.Http.GetStringAsync("simulator/systems", TestContext.Current.CancellationToken).WithTestTimeout();
        Assert.Contains("SYS002", systems, StringComparison.Ordinal);

        var stopwatch = Stopwatch.StartNew();
        await simulator.Process.SignalAsync(signal);
        await simulator.Process.WaitForExitAsync(TimeSpan.FromSeconds(15));

        Assert.Equal(0, simulator.Process.ExitCode);
        Assert.Contains("stopping", simulator.Process.Stdout, StringComparison.Ordinal);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), $"stopped after {stopwatch.Elapsed}");
        Assert.True(File.Exists(Path.Combine(_directory.Path, "SYS002.csi")));
    }
}
