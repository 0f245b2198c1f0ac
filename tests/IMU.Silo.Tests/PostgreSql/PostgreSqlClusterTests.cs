using IMU.Client;
using IMU.Grains;
using IMU.Silo.Hosting;

namespace IMU.Silo.Tests.PostgreSql;

/// <summary>Two silos as <c>imu silo --postgres</c> runs them, in this process: membership, gateway discovery, reminders and grain state in one PostgreSQL.</summary>
public sealed class PostgreSqlClusterTests(PostgreSqlSchemaFixture database) : IClassFixture<PostgreSqlSchemaFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Cluster_TwoSilos_ClientFindsThemInPostgreSqlAndStateOutlivesTheSiloThatWroteIt()
    {
        var clusterId = "cluster-" + Guid.NewGuid().ToString("N")[..8];
        await using var first = await StartSiloAsync(clusterId);
        await using var second = await StartSiloAsync(clusterId);
        await using var connection = await ClusterConnection.ConnectAsync(
            new ClusterClientOptions { Postgres = database.ConnectionString, ClusterId = clusterId, ServiceId = clusterId },
            Token).WithTestTimeout();

        var probes = Enumerable.Range(0, 16).Select(i => connection.Client.GetGrain<IProbeGrain>($"cluster-{i}")).ToArray();
        var before = await Task.WhenAll(probes.Select(p => p.IncrementAsync())).WithTestTimeout();
        var stopped = first.Options.SiloPort == SiloPortOf(before[0].Silo) ? first : second;
        await stopped.StopAsync(Token).WithTestTimeout();

        var after = await Task.WhenAll(probes.Select(p => p.ReadAsync())).WithTestTimeout();

        Assert.All(after, r => Assert.Equal(1, r.Count));
        Assert.All(after, r => Assert.NotEqual(stopped.Options.SiloPort, SiloPortOf(r.Silo)));
    }

    /// <summary>The port in a silo's runtime identity, <c>S127.0.0.1:11111:155160882</c>.</summary>
    private static int SiloPortOf(string runtimeIdentity) => int.Parse(runtimeIdentity.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture);

    private async Task<ImuSilo> StartSiloAsync(string clusterId)
    {
        var ports = FreePorts.Take(2);
        var silo = ImuSiloHost.CreateBuilder(
        [
            "--postgres", database.ConnectionString, "--cluster-id", clusterId, "--service-id", clusterId,
            "--silo-port", $"{ports[0]}", "--gateway-port", $"{ports[1]}", "--http-port", "0",
        ]).Build();
        await silo.StartAsync(Token).WithTestTimeout();
        return silo;
    }
}
