using IMU.Cli.Demo;
using IMU.Grains.Models;
using IMU.Smpe.Zones;
using IMU.TestUtilities;

namespace IMU.Cli.Tests.Demo;

public sealed class FleetDemoTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task FleetDemo_Run_CompletesWithTheBypassAuditedMultsysOnEveryMemberAndEveryIplInsideItsWindow()
    {
        var output = new StringWriter();
        var directory = new DirectoryInfo(Path.Combine(_directory.Path, "fleet"));
        var demo = new FleetDemo(directory, output, new PlainRolloutView(output));

        var outcome = await demo.RunAsync(TimeSpan.FromMinutes(3), TestContext.Current.CancellationToken).WithTestTimeout(TimeSpan.FromMinutes(4));
        await demo.ReportAsync(outcome).WithTestTimeout();

        Assert.True(outcome.Completed, $"{outcome.Problem}\n{output}");
        var status = outcome.Status!;
        var fleet = outcome.Fleet!;
        Assert.Equal(RolloutState.Completed, status.State);
        Assert.True(outcome.Elapsed < TimeSpan.FromMinutes(3), $"the demo took {outcome.Elapsed}");
        Assert.Equal(12, fleet.Lpars.Length);
        Assert.Equal(3, fleet.Lpars.Select(l => l.Sysplex).Distinct().Count());

        var bypass = Assert.Single(status.Audit, e => e.Action == "bypass");
        Assert.Equal("ERROR hold AA91013 on UJ91003 bypassed with BYPASS(HOLDERROR(AA91013))", bypass.Detail);
        Assert.Equal("AA91013 breaks only PARM=SUMMARY of the report writer, which no job here runs", bypass.Reason);
        Assert.Equal(Environment.UserName, bypass.By);
        Assert.All(status.Lpars, l => Assert.Equal([new HoldStatus("ERROR", "AA91013", Environment.UserName)], l.Sysmods.Single(s => s.Id == "UJ91003").Holds));

        // No group is declared, so each sysplex is the MULTSYS group of its members.
        Assert.Empty(fleet.Groups);
        var groups = status.Groups.Where(g => g.Sysmod == "UJ91004").ToList();
        Assert.Equal(fleet.Lpars.Select(l => l.Sysplex).Distinct().Order(), groups.Select(g => g.Name).Order());
        Assert.All(groups, g => Assert.Equal(LparState.Active, g.State));
        foreach (var group in groups)
        {
            var members = fleet.Lpars.Where(l => l.Sysplex == group.Name).Select(l => l.Name).ToList();
            foreach (var member in members)
            {
                Assert.Equal(SysmodEntryStatus.Applied, ZoneOf(directory, member)["UJ91004"]);
                Assert.Single(outcome.History[member], e => e is { Command: "APPLY", Check: false } && e.Sysmods.GetValueOrDefault("UJ91004") == "APPLIED");
            }

            var lastStaged = members.Max(m => outcome.History[m].Single(e => e is { Command: "APPLY", Check: false } && e.Sysmods.ContainsKey("UJ91004")).End);
            Assert.All(members, m => Assert.True(
                outcome.History[m].Single(e => e.Command == "IPL").Start >= lastStaged,
                $"{m} IPLed onto UJ91004 before every member of {group.Name} had it staged (last APPLY ended {lastStaged:O})"));
        }

        Assert.Equal(fleet.Lpars.Select(l => l.Name).Order(), outcome.Sysmods.Single(s => s.Id == "UJ91004").Active.Select(p => p.Where).Order());
        foreach (var lpar in fleet.Lpars)
        {
            var ipl = Assert.Single(outcome.History[lpar.Name], e => e.Command == "IPL");
            var (start, end) = (Utc(ipl.Start), Utc(ipl.End));
            Assert.True(
                lpar.IplWindows.Any(w => Holds(w, start, end)),
                $"{lpar.Name} IPLed from {start:O} to {end:O}, outside its windows {string.Join(", ", lpar.IplWindows)}");
        }

        var text = output.ToString();
        Assert.Contains("Dashboard: http://127.0.0.1:", text, StringComparison.Ordinal);
        foreach (var command in new[] { $"imu silo --data {directory.FullName}", "imu fleet list", "imu rollout status demo", "imu lpar show TST1", "imu sysmod show UJ91004" })
        {
            Assert.Contains(command, text, StringComparison.Ordinal);
        }
    }

    /// <summary>True when one occurrence of <paramref name="window"/> holds the whole of [<paramref name="from"/>, <paramref name="to"/>].</summary>
    private static bool Holds(IplWindow window, DateTimeOffset from, DateTimeOffset to)
    {
        if (from < window.Start)
        {
            return false;
        }

        var passed = window.Repeat is { } repeat ? (from - window.Start).Ticks / repeat.Ticks : 0;
        var opens = window.Start + TimeSpan.FromTicks(passed * (window.Repeat ?? TimeSpan.Zero).Ticks);
        return to <= opens + window.Duration;
    }

    private static DateTimeOffset Utc(DateTime time) => new(DateTime.SpecifyKind(time, DateTimeKind.Utc));

    private static Dictionary<string, SysmodEntryStatus> ZoneOf(DirectoryInfo directory, string system)
    {
        using var csi = Csi.Open(Path.Combine(directory.FullName, "systems", system + ".csi"));
        return csi.ListSysmods("TGT1").ToDictionary(s => s.Id, s => s.Status);
    }
}
