using IMU.Grains.Models;
using IMU.Grains.Rollouts;

namespace IMU.Grains.Tests.Rollouts;

/// <summary>Drives a <see cref="RolloutEngine"/> the way the rollout grain does, standing in for the zone and LPAR grains.</summary>
internal sealed class EngineHarness
{
    private readonly List<ZoneStep> _inFlight = [];

    public EngineHarness(RolloutPlan plan)
    {
        State = RolloutEngine.Create(plan, Now);
        Engine = new RolloutEngine(State);
    }

    public RolloutGrainState State { get; }

    public RolloutEngine Engine { get; }

    public DateTimeOffset Now { get; set; } = RolloutFixture.Now;

    public List<(string Lpar, LparRolloutSync Sync)> Syncs { get; } = [];

    public List<(int Wave, string[] Lpars)> HealthChecks { get; } = [];

    public IReadOnlyList<ZoneStep> InFlight => _inFlight;

    public RolloutStatus Status => Engine.Status(Now);

    public static EngineHarness Started(RolloutPlan plan)
    {
        var harness = new EngineHarness(plan);
        Assert.True(harness.Engine.Start(new OperatorAction("alice"), harness.Now).Accepted);
        harness.Advance();
        return harness;
    }

    /// <summary>Runs the engine and keeps what it sent.</summary>
    public IReadOnlyList<ZoneStep> Advance()
    {
        var actions = Engine.Advance(Now);
        _inFlight.AddRange(actions.ZoneSteps);
        Syncs.AddRange(actions.LparSyncs);
        HealthChecks.AddRange(actions.HealthChecks);
        return actions.ZoneSteps;
    }

    public ZoneStep Step(string zone, ZoneStepKind kind) => _inFlight.Single(s => s.Zone == zone && s.Kind == kind);

    /// <summary>Ends the step in flight on <paramref name="zone"/> with one outcome for every SYSMOD (others named), then advances.</summary>
    public void Complete(string zone, ZoneStepKind kind, ZoneSysmodOutcome outcome, params (string Id, ZoneSysmodOutcome Outcome, string? Reason)[] others)
    {
        var step = Step(zone, kind);
        _inFlight.Remove(step);
        Assert.True(Engine.OnZoneStep(RolloutFixture.Result(step, outcome, others), Now));
        Advance();
    }

    /// <summary>Fails the step in flight on <paramref name="zone"/> as a whole (a JCL ERROR, an ABEND), then advances.</summary>
    public void FailJob(string zone, ZoneStepKind kind, string error)
    {
        var step = Step(zone, kind);
        _inFlight.Remove(step);
        Assert.True(Engine.OnZoneStep(new ZoneStepResult { OperationId = step.OperationId, Zone = zone, Kind = kind, Succeeded = false, Error = error }, Now));
        Advance();
    }

    /// <summary>Runs every zone step in flight to success until nothing is in flight.</summary>
    public void RunZonesToEnd()
    {
        while (_inFlight.Count > 0)
        {
            var step = _inFlight[0];
            Complete(step.Zone, step.Kind, step.Kind == ZoneStepKind.Receive ? ZoneSysmodOutcome.Received : step.Kind == ZoneStepKind.Restore ? ZoneSysmodOutcome.Restored : ZoneSysmodOutcome.Applied);
        }
    }

    public void Report(string lpar, LparIplState ipl, string? reason, params string[] active)
    {
        Engine.OnLparReport(new LparRolloutReport(lpar, "R1", active, ipl, reason));
        Advance();
    }

    public LparRolloutSync LastSync(string lpar) => Syncs.Last(s => s.Lpar == lpar).Sync;

    public LparProgress Lpar(string name) => Status.Lpars.Single(l => l.Lpar == name);

    public string[] Kinds(string zone) => [.. _inFlight.Where(s => s.Zone == zone).Select(s => s.Kind.ToString())];
}
