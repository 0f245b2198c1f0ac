using IMU.Client;
using IMU.Grains;
using Npgsql;

namespace IMU.Cluster.Tests;

/// <summary>The cluster's PostgreSQL goes away for a while and comes back: the silo carries on by itself and every write it acknowledged is there.</summary>
public sealed class PostgresOutageTests
{
    private const int Grains = 8;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Silo_PostgresStoppedThenStartedAgain_ResumesWithoutHelpAndLosesNoAcknowledgedWrite()
    {
        await using var server = await PostgresServer.StartAsync();
        await using (var admin = new NpgsqlConnection(server.AdminConnectionString))
        {
            await admin.OpenAsync(Token).WithTestTimeout();
            await using var create = new NpgsqlCommand("CREATE DATABASE imu", admin);
            await create.ExecuteNonQueryAsync(Token).WithTestTimeout();
        }

        var postgres = $"Host=127.0.0.1;Port={server.Port};Database=imu;Username=postgres";
        await using var silos = await SiloCluster.StartAsync(postgres, 1);
        var slot = silos.Slots[0];
        var client = new ClusterClientOptions { Gateway = $"127.0.0.1:{slot.GatewayPort}", ConnectTimeout = TimeSpan.FromMinutes(1) };
        var writers = new ProbeWriters(Grains);
        await using (var connection = await ClusterConnection.ConnectAsync(client, Token).WithTestTimeout(TimeSpan.FromMinutes(1)))
        {
            var running = writers.RunAsync(connection.Client);
            await writers.WhenEveryGrainAcknowledgedAsync(3).WithTestTimeout(TimeSpan.FromMinutes(1));

            await server.StopAsync();
            var ackedBeforeOutage = writers.Acknowledged;
            await writers.WhenEveryGrainFailedAsync(5).WithTestTimeout(TimeSpan.FromMinutes(1));
            await server.StartAgainAsync();

            // Nobody restarts the silo or reconnects the client: each grain must be written again by itself.
            await writers.WhenEveryGrainAcknowledgedAsync(ackedBeforeOutage, more: 3).WithTestTimeout(TimeSpan.FromMinutes(2));
            await writers.StopAsync(running);
            using var http = new HttpClient { BaseAddress = slot.HttpBase, Timeout = TimeSpan.FromSeconds(10) };
            using var ready = await http.GetAsync(new Uri("health/ready", UriKind.Relative), Token).WithTestTimeout();
            Assert.True(ready.IsSuccessStatusCode, $"/health/ready answered {(int)ready.StatusCode} after the outage");
        }

        // What the silo acknowledged must be in PostgreSQL, not only in its memory: kill it and read from a fresh one.
        await silos.KillAsync(slot);
        await silos.StartAsync(slot);
        await using var fresh = await ClusterConnection.ConnectAsync(client, Token).WithTestTimeout(TimeSpan.FromMinutes(1));
        var acknowledged = writers.Acknowledged;
        for (var i = 0; i < Grains; i++)
        {
            var stored = await fresh.Client.GetGrain<IProbeGrain>(ProbeWriters.Key(i)).ReadAsync().WithTestTimeout();
            Assert.True(stored.Count >= acknowledged[i], $"{ProbeWriters.Key(i)}: {acknowledged[i]} acknowledged, {stored.Count} stored\n{silos.Output}");
        }

        Assert.True(writers.Failures.All(f => f >= 5), "the outage was not seen by every writer");
    }
}
