using System.Text.RegularExpressions;
using IMU.Grains.Fleet;
using IMU.Grains.Models;
using IMU.Smpe.Commands;
using IMU.Smpe.Diagnostics;

namespace IMU.Grains.Rollouts;

/// <summary>
/// <c>rollout create</c>: checks a request against the fleet and the received SYSMODs and turns it into a
/// plan. It refuses, creating nothing, an unknown SYSMOD or LPAR, waves that do not partition
/// <c>--lpars</c>, a MULTSYS group targeted only in part or split across waves, a bypass without a reason
/// or with operands SMP/E's BYPASS binder rejects, and limits that make no sense. Every refusal names its
/// culprit, and all of them are reported at once.
/// </summary>
internal static partial class RolloutPlanner
{
    public static RolloutPlanResult Plan(string name, RolloutRequest request, FleetDefinition fleet, IReadOnlyDictionary<string, SysmodView> sysmods, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(fleet);
        ArgumentNullException.ThrowIfNull(sysmods);
        var errors = new List<string>();
        if (!RolloutName().IsMatch(name))
        {
            errors.Add($"rollout name '{name}' must be 1 to 64 of A-Z, a-z, 0-9, '.', '_' and '-', starting with a letter or digit");
        }

        var topology = new FleetTopology(fleet);
        CheckSysmods(request, sysmods, errors);
        CheckLpars(request, topology, errors);
        CheckLimits(request, errors);
        var bypass = ReadBypass(request, errors);
        var waves = Waves(request, errors);
        if (errors.Count > 0)
        {
            return new RolloutPlanResult(null, errors);
        }

        var planned = request.Sysmods.Select(id => PlanSysmod(sysmods[id], bypass, request.By)).ToArray();
        var lpars = waves.SelectMany((wave, i) => wave.Select(l => new PlannedLpar(l, i + 1, topology.Lpar(l).ZoneKey))).ToArray();
        var groups = PlanGroups(planned, lpars, topology, errors);
        if (errors.Count > 0)
        {
            return new RolloutPlanResult(null, errors);
        }

        var zones = lpars
            .GroupBy(l => l.ZoneKey, StringComparer.Ordinal)
            .Select(z => new PlannedZone(z.Key, z.Min(l => l.Wave), [.. z.Select(l => l.Lpar)], [.. topology.LparsOfZone(z.Key)]))
            .ToArray();
        return new RolloutPlanResult(
            new RolloutPlan
            {
                Name = name,
                Request = request,
                CreatedAt = now,
                Waves = waves,
                Lpars = lpars,
                Zones = zones,
                Sysmods = planned,
                Groups = groups,
            },
            []);
    }

    private static void CheckSysmods(RolloutRequest request, IReadOnlyDictionary<string, SysmodView> sysmods, List<string> errors)
    {
        if (request.Sysmods.Length == 0)
        {
            errors.Add("--sysmods names no SYSMOD");
        }

        foreach (var duplicate in request.Sysmods.GroupBy(s => s, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add($"--sysmods names {duplicate.Key} twice");
        }

        foreach (var id in request.Sysmods.Distinct(StringComparer.Ordinal))
        {
            if (SmpeNames.SysmodIdProblem("--sysmods: SYSMOD ID", id) is { } problem)
            {
                errors.Add(problem);
            }
            else if (!sysmods.TryGetValue(id, out var view) || !view.Received)
            {
                errors.Add($"SYSMOD {id} is not received; receive it first with imu maintenance receive");
            }
        }
    }

    private static void CheckLpars(RolloutRequest request, FleetTopology topology, List<string> errors)
    {
        if (request.Lpars.Length == 0)
        {
            errors.Add("--lpars names no LPAR");
        }

        foreach (var duplicate in request.Lpars.GroupBy(l => l, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add($"--lpars names {duplicate.Key} twice");
        }

        foreach (var lpar in request.Lpars.Distinct(StringComparer.Ordinal).Where(l => !topology.Contains(l)))
        {
            errors.Add($"LPAR {lpar} is not in the fleet; declare it with imu fleet apply");
        }
    }

    private static void CheckLimits(RolloutRequest request, List<string> errors)
    {
        if (request.MaxParallel < 1)
        {
            errors.Add($"--max-parallel {request.MaxParallel} must be at least 1");
        }

        if (request.MaxFailures < 0)
        {
            errors.Add($"--max-failures {request.MaxFailures} must not be negative");
        }

        if (request.Bake < TimeSpan.Zero)
        {
            errors.Add("--bake must not be negative");
        }
    }

    private static BypassOptions ReadBypass(RolloutRequest request, List<string> errors)
    {
        if (request.Bypass is null)
        {
            if (request.Reason is not null)
            {
                errors.Add("--reason is given without --bypass; it explains a bypass");
            }

            return BypassOptions.None;
        }

        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            errors.Add("--bypass needs --reason: a bypass is a decision, recorded with who gave it and why");
        }

        var read = BypassOperands.Read(request.Bypass, "--bypass");
        foreach (var error in read.Errors)
        {
            errors.Add($"--bypass '{request.Bypass}': {error.Message}");
        }

        if (read.Options.ApplyCheck)
        {
            errors.Add($"--bypass '{request.Bypass}': APPLYCHECK is an ACCEPT operand; a rollout APPLYs");
        }

        return read.Options;
    }

    private static string[][] Waves(RolloutRequest request, List<string> errors)
    {
        if (request.Waves is null)
        {
            return [[.. request.Lpars.Distinct(StringComparer.Ordinal)]];
        }

        var targets = new HashSet<string>(request.Lpars, StringComparer.Ordinal);
        var waveOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < request.Waves.Length; i++)
        {
            if (request.Waves[i].Length == 0)
            {
                errors.Add($"--waves: wave {i + 1} is empty");
            }

            foreach (var lpar in request.Waves[i])
            {
                if (!targets.Contains(lpar))
                {
                    errors.Add($"--waves: wave {i + 1} names {lpar}, which is not in --lpars");
                }
                else if (!waveOf.TryAdd(lpar, i + 1))
                {
                    errors.Add($"--waves: {lpar} is in wave {waveOf[lpar]} and again in wave {i + 1}");
                }
            }
        }

        foreach (var lpar in request.Lpars.Distinct(StringComparer.Ordinal).Where(l => !waveOf.ContainsKey(l)))
        {
            errors.Add($"--waves: {lpar} is in --lpars but in no wave");
        }

        return request.Waves;
    }

    private static PlannedSysmod PlanSysmod(SysmodView view, BypassOptions bypass, string by) =>
        new(view.Id, view.Activation, [.. view.Holds.Select(h => HoldDecisions.Decide(view.Id, h, bypass, by))]);

    /// <summary>Rule 2: a MULTSYS SYSMOD goes onto its whole group in one wave, so a plan with part of a group is refused.</summary>
    private static PlannedGroup[] PlanGroups(PlannedSysmod[] sysmods, PlannedLpar[] lpars, FleetTopology topology, List<string> errors)
    {
        var waveOf = lpars.ToDictionary(l => l.Lpar, l => l.Wave, StringComparer.Ordinal);
        var groups = new List<PlannedGroup>();
        foreach (var sysmod in sysmods.Where(s => s.IsMultsys))
        {
            foreach (var group in lpars.Select(l => topology.GroupOf(l.Lpar)).DistinctBy(g => g.Name))
            {
                var missing = group.Members.Where(m => !waveOf.ContainsKey(m)).ToList();
                if (missing.Count > 0)
                {
                    errors.Add($"SYSMOD {sysmod.Id} has a SYSTEM MULTSYS hold and goes onto group {group.Name} as one unit, but --lpars leaves out {string.Join(", ", missing)}");
                    continue;
                }

                var waves = group.Members.GroupBy(m => waveOf[m]).OrderBy(w => w.Key).ToList();
                if (waves.Count > 1)
                {
                    errors.Add($"SYSMOD {sysmod.Id} has a SYSTEM MULTSYS hold, so group {group.Name} must be in one wave, but --waves splits it: " +
                        string.Join("; ", waves.Select(w => $"wave {w.Key}: {string.Join(", ", w)}")));
                    continue;
                }

                groups.Add(new PlannedGroup(group.Name, sysmod.Id, group.Members, [.. group.Members.Select(m => topology.Lpar(m).ZoneKey).Distinct(StringComparer.Ordinal)]));
            }
        }

        return [.. groups];
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex RolloutName();
}
