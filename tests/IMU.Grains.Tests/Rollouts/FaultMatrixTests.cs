using IMU.Grains.Models;
using IMU.Smpe.Zones;
using IMU.Zosmf.Simulator.Faults;

namespace IMU.Grains.Tests.Rollouts;

/// <summary>
/// The fault matrix at rollout level: each simulator fault kind on each step that touches a system, one
/// LPAR and one IPL-class PTF per case (RESTORE and LIST after the rollout completed). Transient faults
/// are retried to success; a job that fails (JCL ERROR, ABEND, RC 8) fails the LPAR with a reason, or is
/// decided by LIST; whatever happens, no SYSMOD is applied or restored twice and no IPL is done twice,
/// and the rollout never waits or fails without saying why.
/// </summary>
[Collection(OrchestratorCollection.Name)]
public sealed class FaultMatrixTests(OrchestratorFixture fixture)
{
    private const string IplPtf = """
        ++PTF(UJ00002).
        ++VER(Z038) FMID(HBB77D0).
        ++HOLD(UJ00002) FMID(HBB77D0) REASON(IPL) SYSTEM.
        ++MOD(IEAVNP12) DISTLIB(AOSB3).
        """;

    private static readonly SimulatorFaultOperation[] s_steps =
    [
        SimulatorFaultOperation.Receive, SimulatorFaultOperation.ApplyCheck, SimulatorFaultOperation.Apply,
        SimulatorFaultOperation.Restore, SimulatorFaultOperation.List, SimulatorFaultOperation.Ipl,
    ];

    private static readonly SimulatorFaultKind[] s_kinds =
    [
        SimulatorFaultKind.Http500, SimulatorFaultKind.Http503, SimulatorFaultKind.Drop, SimulatorFaultKind.LostResponse, SimulatorFaultKind.Slow,
        SimulatorFaultKind.JclError, SimulatorFaultKind.Abend, SimulatorFaultKind.Rc8, SimulatorFaultKind.Down,
    ];

    private OrchestratorCluster Imu => fixture.Cluster;

    public static TheoryData<SimulatorFaultOperation, SimulatorFaultKind> Matrix()
    {
        var data = new TheoryData<SimulatorFaultOperation, SimulatorFaultKind>();
        foreach (var step in s_steps)
        {
            foreach (var kind in s_kinds)
            {
                data.Add(step, kind);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task FaultMatrix_EachFaultOnEachStep_EndsInTheRightLparStateWithNothingAppliedTwice(SimulatorFaultOperation step, SimulatorFaultKind kind)
    {
        var a = Imu.Lease(1)[0];
        await Imu.ApplyFleetAsync(Imu.FleetYaml($"{a} P{a}"));
        await Imu.ReceiveAsync(IplPtf);
        var rollout = await Imu.CreateAsync($"FAULT-{Guid.NewGuid():N}"[..14], new RolloutRequest { Sysmods = ["UJ00002"], Lpars = [a], By = "alice" });
        var unexplained = new List<string>();
        bool Ended(RolloutStatus s, params RolloutState[] states)
        {
            if (s.State is RolloutState.Waiting or RolloutState.Failed && s.Reasons.Length == 0)
            {
                unexplained.Add($"{s.State} without a reason");
            }

            unexplained.AddRange(s.Lpars.Where(l => l.State == LparState.Failed && l.Reasons.Length == 0).Select(l => $"{l.Lpar} FAILED without a reason"));
            return states.Contains(s.State);
        }

        // A slow job stays ACTIVE for a second; a system that goes down comes back after a second.
        Imu.Simulator.AddFault(a, new SimulatorFault(step, kind, 1, kind is SimulatorFaultKind.Slow or SimulatorFaultKind.Down ? 1 : null));
        RolloutStatus status;
        try
        {
            await rollout.StartAsync(new OperatorAction("alice")).WithTestTimeout();
            status = await Imu.RunUntilAsync(rollout, s => Ended(s, RolloutState.Completed, RolloutState.Failed), TimeSpan.FromHours(6));
            if (status.State == RolloutState.Completed && step is SimulatorFaultOperation.Restore or SimulatorFaultOperation.List)
            {
                await rollout.RestoreAsync(new OperatorAction("alice", "back out")).WithTestTimeout();
                status = await Imu.RunUntilAsync(rollout, s => Ended(s, RolloutState.Restored, RolloutState.Failed), TimeSpan.FromHours(6));
            }
        }
        finally
        {
            Imu.Simulator.ClearFaults(a);
        }

        var history = Imu.Simulator.History(a);
        Assert.Empty(unexplained);
        Assert.True(history.Count(h => h is { Command: "APPLY", Check: false } && h.Sysmods.GetValueOrDefault("UJ00002") == "APPLIED") <= 1, string.Join(",", Imu.Commands(a)));
        Assert.True(history.Count(h => h is { Command: "RESTORE", Check: false } && h.Sysmods.ContainsKey("UJ00002")) <= 1, string.Join(",", Imu.Commands(a)));
        Assert.True(history.Count(h => h.Command == "IPL") <= 1, string.Join(",", Imu.Commands(a)));

        var lpar = Assert.Single(status.Lpars);
        var applied = Imu.ZoneOf(a).GetValueOrDefault("UJ00002", SysmodEntryStatus.Received) == SysmodEntryStatus.Applied;
        var fails = kind is SimulatorFaultKind.JclError or SimulatorFaultKind.Abend or SimulatorFaultKind.Rc8 && step != SimulatorFaultOperation.List;
        switch (step)
        {
            case SimulatorFaultOperation.Receive or SimulatorFaultOperation.ApplyCheck or SimulatorFaultOperation.Apply when fails:
                Assert.Equal((RolloutState.Failed, LparState.Failed), (status.State, lpar.State));
                Assert.Contains(lpar.Reasons, r => r.Contains($"{Word(step)} failed: ", StringComparison.Ordinal));
                Assert.False(applied);
                Assert.Equal(0, Imu.Info(a).IplsCompleted);
                break;
            case SimulatorFaultOperation.Ipl when fails:
                Assert.Equal((RolloutState.Failed, LparState.Failed), (status.State, lpar.State));
                Assert.Contains(lpar.Reasons, r => r.StartsWith("IPL: the IPL failed: ", StringComparison.Ordinal) && r.EndsWith("; the changes stay staged", StringComparison.Ordinal));
                Assert.True(applied);
                break;
            case SimulatorFaultOperation.Restore when fails:
                Assert.Equal((RolloutState.Failed, LparState.Active), (status.State, lpar.State));
                Assert.StartsWith($"RESTORE did not finish: {a}/TGT1: RESTORE of UJ00002 failed: ", Assert.Single(status.Reasons), StringComparison.Ordinal);
                Assert.True(applied);
                break;
            case SimulatorFaultOperation.Restore or SimulatorFaultOperation.List:
                Assert.Equal((RolloutState.Restored, LparState.Restored), (status.State, lpar.State));
                Assert.False(applied);
                Assert.Equal(1, history.Count(h => h is { Command: "RESTORE", Check: false }));
                break;
            default:
                Assert.Equal((RolloutState.Completed, LparState.Active), (status.State, lpar.State));
                Assert.True(applied);
                Assert.Equal(1, history.Count(h => h is { Command: "APPLY", Check: false }));
                Assert.Equal(1, Imu.Info(a).IplsCompleted);
                break;
        }
    }

    private static string Word(SimulatorFaultOperation step) => step switch
    {
        SimulatorFaultOperation.Receive => "RECEIVE",
        SimulatorFaultOperation.ApplyCheck => "APPLY CHECK",
        _ => "APPLY",
    };
}
