using System.Text.Json;

namespace IMU.Cli.Tests.Commands;

/// <summary>
/// Rule 6 at process level: <c>kill -9</c> of the silo while APPLY jobs run on the systems, a new silo on
/// the same <c>--data</c>, and the rollout completes by itself with exactly one APPLY per SYSMOD per zone.
/// </summary>
public sealed class RolloutSiloKillTests
{
    private static readonly string[] s_systems = ["SYS001", "SYS002"];
    private static readonly string[] s_sysmods = ["UJ00001", "UJ00002"];

    [Fact]
    public async Task DurableSteps_SiloKilledDuringApplyJobs_RolloutCompletesWithExactlyOneApplyPerSysmodPerZone()
    {
        await using var imu = await OrchestratorProcesses.StartAsync(s_systems.Length);
        await imu.ImuOkAsync("fleet", "apply", "-f", imu.Data.WriteFile("fleet.json", imu.FleetJson("SYS001:PLEXA", "SYS002:PLEXB")));
        await imu.ImuOkAsync("maintenance", "receive", imu.Data.WriteFile("package.mcs", OrchestratorProcesses.PackageMcs));
        foreach (var system in s_systems)
        {
            // The APPLY job stays ACTIVE long enough to kill the silo under it; APPLY CHECK and RECEIVE are quick.
            await imu.Simulator.AddFaultAsync(system, "apply", "slow", count: 1, seconds: 20);
        }

        await imu.ImuOkAsync("rollout", "create", "killed", "--sysmods", string.Join(',', s_sysmods), "--lpars", string.Join(',', s_systems));
        await imu.ImuOkAsync("rollout", "start", "killed");
        await using var watch = imu.Watch("killed");
        await WaitUntilApplyJobsRunAsync(imu.Simulator);
        var killedAt = DateTime.UtcNow;
        await imu.KillSiloAsync();
        await imu.StartSiloAsync();

        // The watch started before the kill rides it out and ends when the rollout completes on the new silo.
        await watch.WaitForExitAsync(OrchestratorProcesses.RolloutLimit);
        Assert.True(watch.ExitCode == 0, $"rollout status --watch exited {watch.ExitCode}:\n{watch.Output}");
        using (var last = JsonDocument.Parse(watch.Stdout.TrimEnd().Split(Environment.NewLine)[^1]))
        {
            Assert.Equal("COMPLETED", last.RootElement.GetProperty("state").GetString());
            Assert.All(last.RootElement.GetProperty("lpars").EnumerateArray(), l => Assert.Equal("APPLIED", l.GetProperty("state").GetString()));
        }

        foreach (var system in s_systems)
        {
            var history = await imu.Simulator.HistoryAsync(system);
            var applies = history.Where(h => h.GetProperty("command").GetString() == "APPLY" && !h.GetProperty("check").GetBoolean()).ToList();
            foreach (var sysmod in s_sysmods)
            {
                Assert.True(
                    applies.Count(a => a.GetProperty("sysmods").TryGetProperty(sysmod, out var s) && s.GetString() == "APPLIED") == 1,
                    $"{system}: {sysmod} was not APPLYed exactly once; history:\n{string.Join('\n', history)}");
            }

            var apply = Assert.Single(applies);
            Assert.True(
                apply.GetProperty("start").GetDateTime() < killedAt && killedAt < apply.GetProperty("end").GetDateTime(),
                $"{system}: the APPLY ran {apply.GetProperty("start")} to {apply.GetProperty("end")}, not across the kill at {killedAt:O}");
        }
    }

    /// <summary>Until every system has finished APPLY CHECK and has a job ACTIVE (the APPLY), as the simulator shows it; bounded.</summary>
    private static async Task WaitUntilApplyJobsRunAsync(SimulatorProcess simulator)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        while (true)
        {
            var running = 0;
            foreach (var system in s_systems)
            {
                var checkedOk = (await simulator.HistoryAsync(system)).Any(h => h.GetProperty("command").GetString() == "APPLY" && h.GetProperty("check").GetBoolean());
                var active = (await simulator.JobsAsync(system)).Any(j => j.GetProperty("status").GetString() == "ACTIVE");
                running += checkedOk && active ? 1 : 0;
            }

            if (running == s_systems.Length)
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, "the APPLY jobs did not start on every system within 90 s");

            // The simulator has no change feed to wait on; look again shortly.
            await Task.Delay(TimeSpan.FromMilliseconds(100), TestContext.Current.CancellationToken);
        }
    }
}
