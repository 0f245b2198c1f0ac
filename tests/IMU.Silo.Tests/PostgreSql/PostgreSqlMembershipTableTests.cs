using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MsOptions = Microsoft.Extensions.Options.Options;
using Orleans.Configuration;
using Orleans.Runtime.Membership;
using Orleans.Runtime.MembershipService;

namespace IMU.Silo.Tests.PostgreSql;

/// <summary>Orleans' ADO.NET clustering on our PostgreSQL schema: the membership table protocol, one cluster id per test.</summary>
public sealed class PostgreSqlMembershipTableTests(PostgreSqlSchemaFixture database) : IClassFixture<PostgreSqlSchemaFixture>
{
    private static readonly DateTime s_start = new(2026, 3, 1, 2, 0, 0, DateTimeKind.Utc);
    private readonly string _clusterId = "cluster-" + Guid.NewGuid().ToString("N")[..8];
    private readonly ServiceProvider _services = new ServiceCollection().BuildServiceProvider();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Initialize_NewCluster_HasVersionZeroAndNoSilos()
    {
        var table = await OpenAsync();

        var all = await table.ReadAllAsync(Token).WithTestTimeout();

        Assert.Empty(all.Members);
        Assert.Equal(0, all.Version.Version);
    }

    [Fact]
    public async Task Insert_WithTheVersionRead_AddsTheSiloAndBumpsTheVersion()
    {
        var table = await OpenAsync();
        var version = (await table.ReadAllAsync(Token).WithTestTimeout()).Version;

        Assert.True(await table.InsertRowAsync(Entry(11111, SiloStatus.Joining), version.Next(), Token).WithTestTimeout());

        var all = await table.ReadAllAsync(Token).WithTestTimeout();
        var (entry, _) = Assert.Single(all.Members);
        Assert.Equal((Silo(11111), SiloStatus.Joining, 30000, "silo-11111", "host-a"), (entry.SiloAddress, entry.Status, entry.ProxyPort, entry.SiloName, entry.HostName));
        Assert.Equal(s_start, entry.StartTime.ToUniversalTime());
        Assert.Equal(1, all.Version.Version);
    }

    [Fact]
    public async Task Insert_WithAStaleVersion_IsRefused()
    {
        var table = await OpenAsync();
        var stale = (await table.ReadAllAsync(Token).WithTestTimeout()).Version;
        await table.InsertRowAsync(Entry(11111, SiloStatus.Joining), stale.Next(), Token).WithTestTimeout();

        Assert.False(await table.InsertRowAsync(Entry(11112, SiloStatus.Joining), stale.Next(), Token).WithTestTimeout());

        Assert.Single((await table.ReadAllAsync(Token).WithTestTimeout()).Members);
    }

    [Fact]
    public async Task Insert_TheSameSiloTwice_IsRefusedAndLeavesTheVersion()
    {
        var table = await OpenAsync();
        await table.InsertRowAsync(Entry(11111, SiloStatus.Joining), (await table.ReadAllAsync(Token)).Version.Next(), Token).WithTestTimeout();
        var version = (await table.ReadAllAsync(Token).WithTestTimeout()).Version;

        Assert.False(await table.InsertRowAsync(Entry(11111, SiloStatus.Joining), version.Next(), Token).WithTestTimeout());

        Assert.Equal(version.Version, (await table.ReadAllAsync(Token).WithTestTimeout()).Version.Version);
    }

    [Fact]
    public async Task Update_WithTheVersionRead_ChangesStatusAndSuspicions()
    {
        var table = await OpenAsync();
        await table.InsertRowAsync(Entry(11111, SiloStatus.Joining), (await table.ReadAllAsync(Token)).Version.Next(), Token).WithTestTimeout();
        var (entry, eTag) = (await table.ReadRowAsync(Silo(11111), Token).WithTestTimeout()).Members[0];
        var version = (await table.ReadAllAsync(Token).WithTestTimeout()).Version;
        entry.Status = SiloStatus.Active;
        entry.AddSuspector(Silo(11112), s_start.AddMinutes(1));

        Assert.True(await table.UpdateRowAsync(entry, eTag, version.Next(), Token).WithTestTimeout());

        var (updated, _) = (await table.ReadRowAsync(Silo(11111), Token).WithTestTimeout()).Members[0];
        Assert.Equal(SiloStatus.Active, updated.Status);
        var (suspector, at) = Assert.Single(updated.SuspectTimes ?? []);
        Assert.Equal((Silo(11112), s_start.AddMinutes(1)), (suspector, at.ToUniversalTime()));
    }

    [Fact]
    public async Task Update_WithAStaleVersion_IsRefused()
    {
        var table = await OpenAsync();
        await table.InsertRowAsync(Entry(11111, SiloStatus.Joining), (await table.ReadAllAsync(Token)).Version.Next(), Token).WithTestTimeout();
        var (entry, eTag) = (await table.ReadRowAsync(Silo(11111), Token).WithTestTimeout()).Members[0];
        var stale = new TableVersion(0, "0");
        entry.Status = SiloStatus.Dead;

        Assert.False(await table.UpdateRowAsync(entry, eTag, stale.Next(), Token).WithTestTimeout());

        Assert.Equal(SiloStatus.Joining, (await table.ReadRowAsync(Silo(11111), Token).WithTestTimeout()).Members[0].Item1.Status);
    }

    [Fact]
    public async Task UpdateIAmAlive_ChangesTheHeartbeatButNotTheVersion()
    {
        var table = await OpenAsync();
        await table.InsertRowAsync(Entry(11111, SiloStatus.Active), (await table.ReadAllAsync(Token)).Version.Next(), Token).WithTestTimeout();

        var heartbeat = Entry(11111, SiloStatus.Active);
        heartbeat.IAmAliveTime = s_start.AddMinutes(5);
        await table.UpdateIAmAliveAsync(heartbeat, Token).WithTestTimeout();

        var all = await table.ReadAllAsync(Token).WithTestTimeout();
        Assert.Equal(s_start.AddMinutes(5), all.Members[0].Item1.IAmAliveTime.ToUniversalTime());
        Assert.Equal(1, all.Version.Version);
    }

    [Fact]
    public async Task Gateways_ListActiveSilosOnly()
    {
        var table = await OpenAsync();
        await table.InsertRowAsync(Entry(11111, SiloStatus.Active), (await table.ReadAllAsync(Token)).Version.Next(), Token).WithTestTimeout();
        await table.InsertRowAsync(Entry(11112, SiloStatus.Dead), (await table.ReadAllAsync(Token)).Version.Next(), Token).WithTestTimeout();
        var gateways = new AdoNetGatewayListProvider(
            NullLogger<AdoNetGatewayListProvider>.Instance,
            _services,
            MsOptions.Create(new AdoNetClusteringClientOptions { Invariant = "Npgsql", ConnectionString = database.ConnectionString }),
            MsOptions.Create(new GatewayOptions()),
            MsOptions.Create(new ClusterOptions { ClusterId = _clusterId, ServiceId = "imu" }));
        await gateways.InitializeGatewayListProviderAsync(Token).WithTestTimeout();

        var uri = Assert.Single(await gateways.GetGatewaysAsync(Token).WithTestTimeout());

        Assert.Equal(30000, uri.Port);
    }

    [Fact]
    public async Task CleanupDefunctSiloEntries_RemovesOnlySilosDeadSinceBeforeTheCutoff()
    {
        var table = await OpenAsync();
        await table.InsertRowAsync(Entry(11111, SiloStatus.Active), (await table.ReadAllAsync(Token)).Version.Next(), Token).WithTestTimeout();
        await table.InsertRowAsync(Entry(11112, SiloStatus.Dead), (await table.ReadAllAsync(Token)).Version.Next(), Token).WithTestTimeout();
        await table.InsertRowAsync(Entry(11113, SiloStatus.Dead, aliveAt: s_start.AddHours(2)), (await table.ReadAllAsync(Token)).Version.Next(), Token).WithTestTimeout();

        await table.CleanupDefunctSiloEntriesAsync(s_start.AddHours(1), Token).WithTestTimeout();

        var ports = (await table.ReadAllAsync(Token).WithTestTimeout()).Members.Select(m => m.Item1.SiloAddress.Endpoint.Port).Order();
        Assert.Equal([11111, 11113], ports);
    }

    private static SiloAddress Silo(int port) => SiloAddress.New(IPAddress.Loopback, port, 42);

    private static MembershipEntry Entry(int port, SiloStatus status, DateTime? aliveAt = null) => new()
    {
        SiloAddress = Silo(port),
        Status = status,
        ProxyPort = 30000,
        SiloName = $"silo-{port}",
        HostName = "host-a",
        StartTime = s_start,
        IAmAliveTime = aliveAt ?? s_start,
    };

    private async Task<AdoNetClusteringTable> OpenAsync()
    {
        var table = new AdoNetClusteringTable(
            _services,
            MsOptions.Create(new ClusterOptions { ClusterId = _clusterId, ServiceId = "imu" }),
            MsOptions.Create(new AdoNetClusteringSiloOptions { Invariant = "Npgsql", ConnectionString = database.ConnectionString }),
            NullLogger<AdoNetClusteringTable>.Instance);
        await table.InitializeMembershipTableAsync(tryInitTableVersion: true, Token).WithTestTimeout();
        return table;
    }
}
