using IMU.Grains.Models;
using IMU.Smpe.Zones;

namespace IMU.Grains.Tests.Cluster;

/// <summary>A zone step whose call to another grain fails because that grain's silo is dying: the step is not failed for it.</summary>
[Collection(OrchestratorCollection.Name)]
public sealed class ZoneClusterFaultTests(OrchestratorFixture fixture)
{
    private const string Ptf = """
        ++PTF(UJ00061).
        ++VER(Z038) FMID(HBB77D0).
        ++MOD(IEFBR14) DISTLIB(AOS12).
        """;

    private OrchestratorCluster Imu => fixture.Cluster;

    [Fact]
    public async Task ZoneStep_LparGrainsSiloUnavailable_RunsAgainShortlyAndTheRolloutCompletesWithOneApply()
    {
        var a = Imu.Lease(1)[0];
        await Imu.ApplyFleetAsync(Imu.FleetYaml($"{a} P{a}"));
        await Imu.ReceiveAsync(Ptf);
        var rollout = await Imu.CreateAsync($"silo-unavailable-{a}", new RolloutRequest { Sysmods = ["UJ00061"], Lpars = [a], By = "alice" });
        ClusterCallFaults.FailNextZoneCallsTo(a, 2);

        await rollout.StartAsync(new OperatorAction("alice")).WithTestTimeout();
        var done = await Imu.RunUntilAsync(rollout, s => s.State is RolloutState.Completed or RolloutState.Failed);

        Assert.Equal(0, ClusterCallFaults.Pending(a));
        Assert.True(done.State == RolloutState.Completed, $"{done.State}: {string.Join("; ", done.Lpars.SelectMany(l => l.Reasons))}");
        Assert.Equal(SysmodEntryStatus.Applied, Imu.ZoneOf(a)["UJ00061"]);
        Assert.Equal(1, Imu.Info(a).AppliesExecuted);
    }
}
