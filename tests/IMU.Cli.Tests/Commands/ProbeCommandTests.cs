using IMU.Silo;
using IMU.TestUtilities;

namespace IMU.Cli.Tests.Commands;

public sealed class ProbeCommandTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Probe_IncrementTwiceThenRead_PrintsTheDurableCountAndTheSilo()
    {
        var ports = FreePorts.Take(2);
        await using var silo = ImuSiloHost.CreateBuilder(["--data", _directory.Path, "--silo-port", $"{ports[0]}", "--gateway-port", $"{ports[1]}", "--http-port", "0"]).Build();
        await silo.StartAsync(TestContext.Current.CancellationToken).WithTestTimeout();
        var gateway = $"127.0.0.1:{ports[1]}";

        await CliRun.InvokeAsync("probe", "--gateway", gateway, "--key", "ops", "--increment");
        await CliRun.InvokeAsync("probe", "--gateway", gateway, "--key", "ops", "--increment");
        var (exitCode, console) = await CliRun.InvokeAsync("probe", "--gateway", gateway, "--key", "ops");

        Assert.True(exitCode == 0, console.ErrorText);
        Assert.StartsWith("probe ops: count 2, last incremented ", console.OutText, StringComparison.Ordinal);
        Assert.Contains($"answered by S127.0.0.1:{ports[0]}:", console.OutText, StringComparison.Ordinal);
        await silo.StopAsync(TestContext.Current.CancellationToken).WithTestTimeout();
    }

    [Fact]
    public async Task Probe_NoSiloAtTheGateway_ExitsUnavailableWithOneLineNamingTheAddress()
    {
        var port = FreePorts.Take(1)[0];

        var (exitCode, console) = await CliRun.InvokeAsync("probe", "--gateway", $"127.0.0.1:{port}", "--connect-timeout", "1");

        Assert.Equal(ExitCodes.Unavailable, exitCode);
        Assert.StartsWith($"imu: No IMU silo answered at the gateway 127.0.0.1:{port} within 1 s", console.ErrorText, StringComparison.Ordinal);
        Assert.Single(console.ErrorText.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.Empty(console.OutText);
    }

    [Fact]
    public async Task Probe_GatewayWithoutPort_ExitsUsageError()
    {
        var (exitCode, console) = await CliRun.InvokeAsync("probe", "--gateway", "localhost");

        Assert.Equal(ExitCodes.UsageError, exitCode);
        Assert.Equal("imu: The gateway 'localhost' must be HOST:PORT, e.g. 127.0.0.1:30000." + Environment.NewLine, console.ErrorText);
    }
}
