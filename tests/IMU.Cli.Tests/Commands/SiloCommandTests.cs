namespace IMU.Cli.Tests.Commands;

public sealed class SiloCommandTests
{
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
