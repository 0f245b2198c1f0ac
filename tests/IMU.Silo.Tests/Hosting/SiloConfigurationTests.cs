using IMU.Silo.Hosting;
using IMU.Silo.Options;
using Microsoft.Extensions.Configuration;

namespace IMU.Silo.Tests.Hosting;

public sealed class SiloConfigurationTests
{
    [Fact]
    public void Read_NothingGiven_IsEmbeddedOnLoopbackWithTheDocumentedPorts()
    {
        var options = Read([]);

        Assert.False(options.IsCluster);
        Assert.Equal(("127.0.0.1", 11111, 30000, 5080), (options.Address, options.SiloPort, options.GatewayPort, options.HttpPort));
        Assert.Equal(Path.Combine(Path.GetFullPath("imu-data"), "imu.db"), options.DatabasePath);
    }

    [Fact]
    public void Read_SameSettingEverywhere_FlagBeatsEnvironmentBeatsAppSettings()
    {
        var appSettings = new Dictionary<string, string?> { ["Silo:GatewayPort"] = "30001", ["Silo:SiloPort"] = "11112", ["Silo:HttpPort"] = "5081" };
        var environment = new Dictionary<string, string> { ["IMU_GATEWAY_PORT"] = "30002", ["IMU_SILO_PORT"] = "11113" };

        var options = Read(["--gateway-port", "30003"], appSettings, environment);

        Assert.Equal((30003, 11113, 5081), (options.GatewayPort, options.SiloPort, options.HttpPort));
    }

    [Fact]
    public void Read_FlagWithEqualsSign_IsAccepted()
    {
        Assert.Equal("/tmp/imu-x", Read(["--data=/tmp/imu-x"]).DataDirectory);
    }

    [Fact]
    public void Read_UnknownFlag_IsRefusedListingTheKnownOnes()
    {
        var ex = Assert.Throws<SiloConfigurationException>(() => Read(["--gateway", "127.0.0.1:30000"]));

        Assert.Equal("Unknown flag --gateway; the silo takes --data, --postgres, --address, --silo-port, --gateway-port, --http-port, --listen, --token-file, --cluster-id, --service-id.", Assert.Single(ex.Problems));
    }

    [Fact]
    public void Read_FlagWithoutValue_IsRefused()
    {
        var ex = Assert.Throws<SiloConfigurationException>(() => Read(["--data"]));

        Assert.Equal("--data needs a value.", Assert.Single(ex.Problems));
    }

    [Fact]
    public void Read_PortNotANumber_NamesTheFlagTheVariableAndTheKey()
    {
        var ex = Assert.Throws<SiloConfigurationException>(() => Read(["--silo-port", "abc"]));

        Assert.Equal("--silo-port (IMU_SILO_PORT, Silo:SiloPort) must be a number, not 'abc'.", Assert.Single(ex.Problems));
    }

    [Fact]
    public void Read_SeveralBadSettings_ListsEveryProblem()
    {
        var ex = Assert.Throws<SiloConfigurationException>(() => Read(["--gateway-port", "70000", "--http-port", "11111", "--address", "10.0.0.5"]));

        Assert.Equal(
            [
                "--gateway-port must be between 1 and 65535, not 70000.",
                "--silo-port (11111), --gateway-port (70000) and --http-port (11111) must differ.",
                "--address 10.0.0.5: an embedded silo listens on loopback only; give --postgres to run a cluster reachable from other hosts.",
            ],
            ex.Problems);
    }

    [Fact]
    public void Read_AddressNotAnIp_IsRefused()
    {
        var ex = Assert.Throws<SiloConfigurationException>(() => Read(["--address", "localhost"]));

        Assert.Equal("--address must be an IP address such as 127.0.0.1 or 10.0.0.5, not 'localhost'.", Assert.Single(ex.Problems));
    }

    [Fact]
    public void Read_UnknownKeyInTheSiloSection_IsRefused()
    {
        var ex = Assert.Throws<SiloConfigurationException>(() => Read([], new Dictionary<string, string?> { ["Silo:GatewayPrt"] = "30001" }));

        Assert.Contains("GatewayPrt", Assert.Single(ex.Problems), StringComparison.Ordinal);
    }

    private static ImuSiloOptions Read(string[] args, Dictionary<string, string?>? appSettings = null, Dictionary<string, string>? environment = null)
    {
        var configuration = new ConfigurationManager();
        configuration.AddInMemoryCollection(appSettings ?? []);
        SiloConfiguration.AddSources(configuration, args, name => environment?.GetValueOrDefault(name));
        return SiloConfiguration.Read(configuration);
    }
}
