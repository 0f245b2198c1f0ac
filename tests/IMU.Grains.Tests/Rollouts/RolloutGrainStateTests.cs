using System.Text.Json;
using IMU.Grains.Models;
using IMU.Grains.Rollouts;
using static IMU.Grains.Tests.Rollouts.RolloutFixture;

namespace IMU.Grains.Tests.Rollouts;

public sealed class RolloutGrainStateTests
{
    [Fact]
    public void StoredState_RoundTripsThroughSystemTextJsonWithoutTypeNames()
    {
        var plan = Plan(
            FleetOf(Lpar("SYS001"), Lpar("SYS002")),
            Received(Sysmod("UJ00004", SysmodActivation.Ipl, Hold("SYSTEM", "MULTSYS")), Sysmod("UJ00003", SysmodActivation.None, Hold("ERROR", "AA00002"))),
            Request("UJ00004,UJ00003", "SYS001,SYS002") with { Bypass = "HOLDERROR(AA00002)", Reason = "tested", Bake = TimeSpan.FromMinutes(5) });
        var h = EngineHarness.Started(plan);
        h.Complete("SYS001/TGT1", ZoneStepKind.Receive, ZoneSysmodOutcome.Received);
        h.Report("SYS002", LparIplState.Scheduled, "waiting");

        var json = JsonSerializer.Serialize(h.State);
        var back = JsonSerializer.Deserialize<RolloutGrainState>(json)!;

        Assert.Equal(json, JsonSerializer.Serialize(back));
        Assert.DoesNotContain("$type", json, StringComparison.Ordinal);
        Assert.Contains("\"Lifecycle\":\"RUNNING\"", json, StringComparison.Ordinal);
        Assert.Equal(h.Status.Lpars.Select(l => l.State), new RolloutEngine(back).Status(h.Now).Lpars.Select(l => l.State));
    }
}
