using IMU.Cli.Demo;
using IMU.Grains.Models;
using IMU.TestUtilities;
using Spectre.Console.Testing;

namespace IMU.Cli.Tests.Demo;

public sealed class LiveRolloutViewTests
{
    [Fact]
    public async Task LiveRolloutView_Snapshot_ShowsEachLparsSysmodsIplsHoldsAndWhyItWaitsEscaped()
    {
        var console = new TestConsole().Interactive().Width(100);
        var staged = new LparProgress(
            "PRA1",
            LparState.Staged,
            [
                new SysmodProgress("UJ91001", LparState.Applied, SysmodActivation.None, [new HoldStatus("ERROR", "AA91013", "alice")]),
                new SysmodProgress("UJ91002", LparState.Staged, SysmodActivation.Ipl, [new HoldStatus("USER", "DOCFIRST", null)]),
            ],
            ["IPL: waiting for its next IPL window at 2026-12-02T16:09:52Z \x1B[2J"]);
        var status = new RolloutStatus("demo", RolloutState.Waiting, ["UJ91001", "UJ91002"], [new WaveProgress(2, WaveState.Running, ["PRA1"])], [staged], [], [], []);
        var ipls = new Dictionary<string, int> { ["PRA1"] = 0 };

        await new LiveRolloutView(console).ShowAsync(new[] { new RolloutSnapshot(status, ipls, TimeSpan.FromSeconds(24)) }.ToAsyncEnumerable()).WithTestTimeout();

        var text = console.Output;
        Assert.Contains("rollout demo WAITING  wave 2 RUNNING", text, StringComparison.Ordinal);
        Assert.Contains("holds: UJ91001 ERROR AA91013 resolved by alice, UJ91002 USER DOCFIRST HELD", text, StringComparison.Ordinal);
        Assert.Matches(@"│ 2\s+│ PRA1 │ PRODPLXA │ STAGED\s+│ APPLIED\s+│ STAGED\s+│ 0\s+│", text);
        Assert.Contains(@"PRA1: IPL: waiting for its next IPL window at 2026-12-02T16:09:52Z \x1B[2J", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\x1B[2J", text, StringComparison.Ordinal);
    }
}
