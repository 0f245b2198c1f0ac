namespace IMU.Client.Tests;

public sealed class ClusterConnectionTests
{
    [Fact]
    public async Task Connect_NoSiloAtTheGateway_FailsAfterTheTimeoutNamingTheAddress()
    {
        var port = FreePorts.Take(1)[0];
        var options = new ClusterClientOptions { Gateway = $"127.0.0.1:{port}", ConnectTimeout = TimeSpan.FromSeconds(1) };

        var ex = await Assert.ThrowsAsync<ClusterUnavailableException>(
            () => ClusterConnection.ConnectAsync(options, TestContext.Current.CancellationToken).WithTestTimeout());

        Assert.StartsWith($"No IMU silo answered at the gateway 127.0.0.1:{port} within 1 s (", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith("Start one with `imu silo`, or pass --gateway HOST:PORT or --postgres.", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public async Task Connect_GatewayNotHostColonPort_FailsBeforeConnecting()
    {
        await Assert.ThrowsAsync<FormatException>(
            () => ClusterConnection.ConnectAsync(new ClusterClientOptions { Gateway = "localhost" }, TestContext.Current.CancellationToken).WithTestTimeout());
    }
}
