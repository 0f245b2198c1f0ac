using IMU.Client;
using IMU.Grains;
using IMU.TestUtilities;

namespace IMU.Cli.Tests.Commands;

public sealed class SiloCommandTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Silo_KilledWithSigkillThenStartedOnTheSameData_StillHasWhatClientsWrote()
    {
        var ports = FreePorts.Take(3);
        string[] args = ["--data", _directory.Path, "--silo-port", $"{ports[0]}", "--gateway-port", $"{ports[1]}", "--http-port", $"{ports[2]}"];
        var client = new ClusterClientOptions { Gateway = $"127.0.0.1:{ports[1]}", ConnectTimeout = TimeSpan.FromSeconds(30) };

        await using (var first = await SiloProcess.StartAsync(args))
        {
            await using (var connection = await ClusterConnection.ConnectAsync(client, TestContext.Current.CancellationToken).WithTestTimeout())
            {
                var probe = connection.Client.GetGrain<IProbeGrain>("survivor");
                for (var i = 0; i < 3; i++)
                {
                    await probe.IncrementAsync().WithTestTimeout();
                }
            }

            await first.KillAsync();
        }

        await using var second = await SiloProcess.StartAsync(args);
        await using var reconnected = await ClusterConnection.ConnectAsync(client, TestContext.Current.CancellationToken).WithTestTimeout();
        var after = await reconnected.Client.GetGrain<IProbeGrain>("survivor").ReadAsync().WithTestTimeout();

        Assert.True(after.Count == 3, $"the restarted silo read {after.Count}; its output:\n{second.Output}");
    }

    [Fact]
    public async Task Silo_PortNotANumber_ExitsUsageErrorNamingTheFlag()
    {
        var (exitCode, console) = await CliRun.InvokeAsync("silo", "--gateway-port", "thirty");

        Assert.Equal(ExitCodes.UsageError, exitCode);
        Assert.Equal("imu silo: --gateway-port (IMU_GATEWAY_PORT, Silo:GatewayPort) must be a number, not 'thirty'." + Environment.NewLine, console.ErrorText);
    }

    [Fact]
    public async Task Silo_Help_ListsEverySettingWithItsVariable()
    {
        var (exitCode, console) = await CliRun.InvokeAsync("silo", "--help");

        Assert.Equal(0, exitCode);
        foreach (var (flag, variable) in (ValueTuple<string, string>[])[("--data", "IMU_DATA"), ("--postgres", "IMU_POSTGRES"), ("--silo-port", "IMU_SILO_PORT"), ("--gateway-port", "IMU_GATEWAY_PORT"), ("--http-port", "IMU_HTTP_PORT")])
        {
            Assert.Contains(flag, console.OutText, StringComparison.Ordinal);
            Assert.Contains(variable, console.OutText, StringComparison.Ordinal);
        }
    }
}
