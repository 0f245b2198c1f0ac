using IMU.Grains.Models;
using IMU.Smpe.Zones;

namespace IMU.Grains.Tests.Rollouts;

/// <summary>Rules 1-7 through the grain interfaces, against the simulator: what it executed and what the zones hold.</summary>
[Collection(OrchestratorCollection.Name)]
public sealed class RolloutRuleTests(OrchestratorFixture fixture)
{
    private const string IplPtf = """
        ++PTF(UJ00002).
        ++VER(Z038) FMID(HBB77D0).
        ++HOLD(UJ00002) FMID(HBB77D0) REASON(IPL) SYSTEM.
        ++MOD(IEAVNP12) DISTLIB(AOSB3).
        """;

    private OrchestratorCluster Imu => fixture.Cluster;

    private static RolloutRequest Request(string sysmods, string lpars, string? waves = null) => new()
    {
        Sysmods = sysmods.Split(','),
        Lpars = lpars.Split(','),
        Waves = waves?.Split(';').Select(w => w.Split(',')).ToArray(),
        By = "alice",
    };

    [Fact]
    public async Task StagedVsActive_LparsSharingAZone_OneApplyAndEachActivatesAtItsOwnIpl()
    {
        var (a, b) = Two();
        await Imu.ApplyFleetAsync(Imu.FleetYaml($"{a} P{a}", $"{b} P{a} zoneSystem:{a}"));
        await Imu.ReceiveAsync(IplPtf);
        var rollout = await Imu.CreateAsync(Rollout(), Request("UJ00002", $"{a},{b}"));
        var window = Imu.WindowOpens();

        await rollout.StartAsync(new OperatorAction("alice")).WithTestTimeout();
        await Imu.RunUntilAsync(rollout, s => s.Lpars.All(l => l.State == LparState.Staged));

        Assert.Equal(1, Imu.Simulator.Systems[a].AppliesExecuted);
        Assert.Equal(0, Imu.Simulator.Systems[b].AppliesExecuted);
        Assert.Equal(SysmodEntryStatus.Applied, Imu.ZoneOf(a)["UJ00002"]);
        Assert.DoesNotContain("UJ00002", Imu.ZoneOf(b).Keys);
        Assert.Equal(0, Imu.Simulator.Systems[a].IplsCompleted);
        Assert.True(Imu.Clock.GetUtcNow() < window, $"staged at {Imu.Clock.GetUtcNow():O}, after the window opened");

        var done = await Imu.RunUntilAsync(rollout, s => s.State == RolloutState.Completed);

        Assert.All(done.Lpars, l => Assert.Equal(LparState.Active, l.State));
        Assert.Equal(1, Imu.Simulator.Systems[a].IplsCompleted);
        Assert.Equal(1, Imu.Simulator.Systems[b].IplsCompleted);
        var shown = await Imu.Client.GetGrain<ILparGrain>(b).ShowAsync().WithTestTimeout();
        Assert.Equal([new ActiveSysmod("UJ00002")], shown.Active);
        Assert.Empty(shown.Staged);
    }

    private static string Rollout([System.Runtime.CompilerServices.CallerMemberName] string test = "") => test.Split('_')[0] + "-" + Guid.NewGuid().ToString("N")[..8];

    private (string A, string B) Two()
    {
        var systems = Imu.Lease(2);
        return (systems[0], systems[1]);
    }
}
