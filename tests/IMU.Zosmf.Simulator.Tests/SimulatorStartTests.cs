using System.Net;
using System.Net.Sockets;

namespace IMU.Zosmf.Simulator.Tests;

/// <summary>Start problems are one clear line, never a stack trace.</summary>
public sealed class SimulatorStartTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(-1, 3, "--port -1")]
    [InlineData(70000, 3, "--port 70000")]
    [InlineData(0, 0, "--systems 0")]
    [InlineData(0, -3, "--systems -3")]
    public async Task Options_OutOfRange_AreRefusedNamingTheOption(int port, int systems, string named)
    {
        var error = await Assert.ThrowsAsync<SimulatorStartException>(() => ZosmfSimulator.StartAsync(new SimulatorOptions { Port = port, Systems = systems }, Ct)).WithTestTimeout();

        Assert.StartsWith(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Port_InUse_IsRefusedNamingThePort()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var error = await Assert.ThrowsAsync<SimulatorStartException>(() => ZosmfSimulator.StartAsync(new SimulatorOptions { Port = port, Systems = 1 }, Ct)).WithTestTimeout();

        Assert.StartsWith($"--port {port}: cannot listen", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Data_NamingAFile_IsRefused()
    {
        using var data = new TempDirectory();
        var file = data.WriteFile("not-a-directory", "x");

        var error = await Assert.ThrowsAsync<SimulatorStartException>(() => ZosmfSimulator.StartAsync(new SimulatorOptions { Systems = 1, DataDirectory = file }, Ct)).WithTestTimeout();

        Assert.StartsWith($"--data {file}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DamagedCsi_IsRefusedNamingTheFile()
    {
        using var data = new TempDirectory();
        data.WriteFile("SYS002.csi", new string('?', 4096));

        var error = await Assert.ThrowsAsync<SimulatorStartException>(() => ZosmfSimulator.StartAsync(new SimulatorOptions { Systems = 3, DataDirectory = data.Path }, Ct)).WithTestTimeout();

        Assert.StartsWith(Path.Combine(data.Path, "SYS002.csi") + ": not a usable CSI", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SystemNames_NotLparNames_AreRefused()
    {
        var error = await Assert.ThrowsAsync<SimulatorStartException>(() => ZosmfSimulator.StartAsync(new SimulatorOptions { SystemNames = ["SYS1", "9LIVES"] }, Ct)).WithTestTimeout();

        Assert.Contains("9LIVES", error.Message, StringComparison.Ordinal);
    }
}
