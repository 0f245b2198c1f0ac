using IMU.Cli.Demo;
using IMU.Grains.Models;

namespace IMU.Cli.Tests.Demo;

public sealed class RolloutEventsTests
{
    [Fact]
    public void RolloutEvents_LparChangesState_OneLineNamingTheStagedSysmods()
    {
        var events = new RolloutEvents();
        events.Next(Snapshot(Lpar("PRA1", LparState.Checked, [("UJ91001", LparState.Applied), ("UJ91002", LparState.Checked)])));

        var lines = events.Next(Snapshot(Lpar("PRA1", LparState.Staged, [("UJ91001", LparState.Applied), ("UJ91002", LparState.Staged)])));

        Assert.Equal(["PRA1: CHECKED -> STAGED (UJ91002)"], lines);
    }

    [Fact]
    public void RolloutEvents_GroupWaitListOnlyShrinks_IsNotRepeated()
    {
        var events = new RolloutEvents();
        const string Waiting = "UJ91004: no member of group PRODPLXA IPLs onto UJ91004 before every member has it staged";
        var first = events.Next(Snapshot(Lpar("PRA1", LparState.Staged, [], $"{Waiting} (not yet: PRA2/TGT1, PRA3/TGT1)")));

        var second = events.Next(Snapshot(Lpar("PRA1", LparState.Staged, [], $"{Waiting} (not yet: PRA3/TGT1)")));

        Assert.Contains($"PRA1: {Waiting} (not yet: PRA2/TGT1, PRA3/TGT1)", first);
        Assert.Empty(second);
    }

    [Fact]
    public void RolloutEvents_RolloutRepeatsAnLparReason_ShownOnceWithTheLpar()
    {
        var events = new RolloutEvents();
        const string Window = "IPL: waiting for its next IPL window at 2026-12-02T16:09:32Z";

        var lines = events.Next(Snapshot(Lpar("TST1", LparState.Staged, [], Window), $"TST1: {Window}"));

        Assert.Single(lines, l => l.Contains(Window, StringComparison.Ordinal));
        Assert.Contains($"TST1: {Window}", lines);
    }

    [Fact]
    public void RolloutEvents_NewAuditEntry_WhoWhatAndWhy()
    {
        var events = new RolloutEvents();
        events.Next(Snapshot(Lpar("TST1", LparState.Pending, [])));
        var bypass = new AuditEntry(DateTimeOffset.UnixEpoch, "alice", "bypass", "ERROR hold AA91013 on UJ91003 bypassed with BYPASS(HOLDERROR(AA91013))", "not used here");

        var lines = events.Next(Snapshot(Lpar("TST1", LparState.Pending, [])) with { Status = Status(Lpar("TST1", LparState.Pending, [])) with { Audit = [bypass] } });

        Assert.Equal(["audit: alice bypass: ERROR hold AA91013 on UJ91003 bypassed with BYPASS(HOLDERROR(AA91013)) (reason: not used here)"], lines);
    }

    [Fact]
    public void RolloutEvents_ReasonWithAControlCharacter_IsEscaped()
    {
        var events = new RolloutEvents();
        events.Next(Snapshot(Lpar("TST1", LparState.Held, [])));

        var lines = events.Next(Snapshot(Lpar("TST1", LparState.Held, [], "held: COMMENT(\x1B[2J)")));

        Assert.Equal(["TST1: held: COMMENT(\\x1B[2J)"], lines);
    }

    private static RolloutSnapshot Snapshot(LparProgress lpar, params string[] reasons) =>
        new(Status(lpar) with { Reasons = reasons }, new Dictionary<string, int>(), TimeSpan.FromSeconds(1));

    private static RolloutStatus Status(LparProgress lpar) =>
        new("demo", RolloutState.Running, ["UJ91001", "UJ91002"], [new WaveProgress(1, WaveState.Running, [lpar.Lpar])], [lpar], [], [], []);

    private static LparProgress Lpar(string name, LparState state, (string Id, LparState Status)[] sysmods, params string[] reasons) =>
        new(name, state, [.. sysmods.Select(s => new SysmodProgress(s.Id, s.Status, SysmodActivation.None, []))], reasons);
}
