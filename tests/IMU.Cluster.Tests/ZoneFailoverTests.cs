using System.Diagnostics;
using IMU.Client;
using IMU.Grains;
using IMU.Grains.Models;

namespace IMU.Cluster.Tests;

/// <summary>What a silo's death costs a rollout whose zone grain it hosted while the zone's job ran.</summary>
public sealed class ZoneFailoverTests : IDisposable
{
    private const string Ptf = """
        ++PTF(UJ20001).
        ++VER(Z038) FMID(HBB77D0).
        ++MOD(IEFBR14) DISTLIB(AOS12).
        """;

    private const string BaseMcs = """
        ++FUNCTION(HBB77D0).
        ++VER(Z038).
        ++MOD(IEFBR14) DISTLIB(AOS12) LMOD(IEFBR14) SYSLIB(LINKLIB).
        """;

    private static readonly TimeSpan s_applyTime = TimeSpan.FromSeconds(6);

    private readonly TempDirectory _data = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _data.Dispose();

    /// <summary>
    /// The zone's own reminder would bring it back a minute later; the rollout asks its steps in flight
    /// again every few seconds, so the zone is activated on a survivor at once and follows the APPLY job
    /// it had submitted (one APPLY in the system's history, not two).
    /// </summary>
    [Fact]
    public async Task Rollout_SiloHostingTheZoneKilledDuringItsApply_TheZoneFollowsTheSameJobOnAnotherSiloWithinSeconds()
    {
        await using var database = await PostgresDatabase.CreateAsync(Token).WithTestTimeout();
        var csis = Directory.CreateDirectory(Path.Combine(_data.Path, "csi")).FullName;
        await using var simulator = await SimulatorProcess.StartAsync(1, csis, _data.WriteFile("base.mcs", BaseMcs), "PT1S");
        var system = Assert.Single(await simulator.SystemsAsync()).Name;
        await simulator.AddFaultAsync(system, "apply", "slow", 1, s_applyTime.TotalSeconds);
        await using var silos = await SiloCluster.StartAsync(database.ConnectionString, 3, [], FleetFiles.SiloEnvironment);
        await using var connection = await ClusterConnection.ConnectAsync(
            new ClusterClientOptions { Postgres = database.ConnectionString, ConnectTimeout = TimeSpan.FromMinutes(1) },
            Token).WithTestTimeout(TimeSpan.FromMinutes(1));
        var client = connection.Client;
        var fleet = client.GetGrain<IFleetGrain>(GrainKeys.Fleet);
        Assert.Empty((await fleet.ApplyAsync(new FleetFile("fleet.yaml", FleetFiles.Yaml(simulator, [system], 1))).WithTestTimeout()).Errors);
        Assert.Empty((await fleet.ReceiveAsync(new MaintenancePackage([new MaintenanceFile("ptf.mcs", Ptf, false)], "test")).WithTestTimeout()).Errors);
        var rollout = client.GetGrain<IRolloutGrain>("zone-failover");
        Assert.True((await rollout.CreateAsync(new RolloutRequest { Sysmods = ["UJ20001"], Lpars = [system], By = "test" }).WithTestTimeout()).Accepted);
        var clock = Stopwatch.StartNew();

        await using var poller = new RolloutPoller(rollout, clock);
        Assert.True((await rollout.StartAsync(new OperatorAction("test")).WithTestTimeout()).Accepted);
        await poller.WaitUntilAsync(s => s.Lpars[0].Sysmods[0].Status == LparState.Checked, TimeSpan.FromMinutes(1));
        var zone = client.GetGrain<IZoneGrain>($"{system}/TGT1");
        var host = await ActivationAddressAsync(client, zone);
        Assert.NotNull(host);
        var slot = silos.SlotOf(host.Endpoint.Port);
        Assert.NotNull(slot);
        var killedAt = clock.Elapsed;
        await silos.KillAsync(slot);

        var done = await poller.WaitUntilAsync(s => s.State is RolloutState.Completed or RolloutState.Failed, TimeSpan.FromMinutes(2));
        var took = clock.Elapsed - killedAt;

        Assert.Equal(RolloutState.Completed, done.State);
        Assert.True(took < TimeSpan.FromSeconds(30), $"the rollout completed {took.TotalSeconds:0.0} s after the zone's silo was killed (its APPLY job takes {s_applyTime.TotalSeconds} s)");
        var history = await simulator.HistoryAsync(system);
        Assert.Single(history, h => h is { Command: "APPLY", Check: false });
        TestContext.Current.TestOutputHelper?.WriteLine($"zone's silo killed during APPLY: rollout completed {took.TotalSeconds:0.0} s later");
    }

    /// <summary>The silo a grain is active on, from Orleans' grain directory.</summary>
    private static async Task<SiloAddress?> ActivationAddressAsync(IClusterClient client, IAddressable grain) =>
        await client.GetGrain<IManagementGrain>(0).GetActivationAddress(grain).AsTask().WithTestTimeout();
}
