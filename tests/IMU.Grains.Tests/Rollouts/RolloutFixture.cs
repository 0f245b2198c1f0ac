using IMU.Grains.Models;
using IMU.Grains.Rollouts;

namespace IMU.Grains.Tests.Rollouts;

/// <summary>Builds fleets, received SYSMODs and requests for the rollout logic's tests, written out in each test.</summary>
internal static class RolloutFixture
{
    public static readonly DateTimeOffset Now = new(2026, 12, 6, 1, 0, 0, TimeSpan.Zero);

    public static LparDefinition Lpar(string name, string sysplex = "PLEXA", string? zoneSystem = null) => new()
    {
        Name = name,
        Sysplex = sysplex,
        Zosmf = $"https://{name.ToLowerInvariant()}.example/",
        Hmc = "https://hmc.example/",
        Zone = "TGT1",
        DlibZone = "DLIB1",
        ZoneSystem = zoneSystem,
        IplWindows = [new IplWindow(Now.AddHours(1), TimeSpan.FromHours(2), TimeSpan.FromDays(7))],
    };

    public static FleetDefinition FleetOf(params LparDefinition[] lpars) => new(lpars, []);

    public static SysmodHold Hold(string category, string reason, params string[] classes) => new(category, reason, classes, null, category == "SYSTEM");

    public static SysmodView Sysmod(string id, SysmodActivation activation = SysmodActivation.None, params SysmodHold[] holds) =>
        new() { Id = id, Received = true, Type = "PTF", Fmid = "HBB77D0", Activation = activation, Holds = holds };

    public static Dictionary<string, SysmodView> Received(params SysmodView[] sysmods) => sysmods.ToDictionary(s => s.Id);

    public static RolloutRequest Request(string sysmods, string lpars, string? waves = null) => new()
    {
        Sysmods = sysmods.Split(','),
        Lpars = lpars.Split(','),
        Waves = waves?.Split(';').Select(w => w.Split(',', StringSplitOptions.RemoveEmptyEntries)).ToArray(),
        By = "alice",
    };

    public static RolloutPlan Plan(FleetDefinition fleet, Dictionary<string, SysmodView> sysmods, RolloutRequest request)
    {
        var result = RolloutPlanner.Plan("R1", request, fleet, sysmods, Now);
        Assert.Empty(result.Errors);
        return result.Plan!;
    }

    /// <summary>What a zone grain would answer: every selected SYSMOD with the given outcome unless named otherwise.</summary>
    public static ZoneStepResult Result(ZoneStep step, ZoneSysmodOutcome outcome, params (string Id, ZoneSysmodOutcome Outcome, string? Reason)[] others)
    {
        var sysmods = step.Sysmods.Select(id => others.FirstOrDefault(o => o.Id == id) is { Id: not null } o
            ? new ZoneSysmodResult(id, o.Outcome, o.Reason)
            : new ZoneSysmodResult(id, outcome, null)).ToArray();
        return new ZoneStepResult
        {
            OperationId = step.OperationId,
            Zone = step.Zone,
            Kind = step.Kind,
            Succeeded = sysmods.All(s => s.Outcome is not (ZoneSysmodOutcome.Failed or ZoneSysmodOutcome.Held or ZoneSysmodOutcome.NotProcessed)),
            Sysmods = sysmods,
        };
    }
}
