using IMU.Grains.Models;

namespace IMU.Cli.Demo;

/// <summary>
/// Turns successive snapshots of a rollout into what changed, one line each, in a systems programmer's
/// words: the rollout's and the waves' states, each LPAR's state and why it waits, MULTSYS groups, IPLs
/// the simulator completed, and every new audit entry (who did what, and why).
/// </summary>
internal sealed class RolloutEvents
{
    private RolloutSnapshot? _previous;

    public IReadOnlyList<string> Next(RolloutSnapshot snapshot)
    {
        var lines = new List<string>();
        var previous = _previous?.Status;
        var status = snapshot.Status;
        if (previous?.State != status.State)
        {
            lines.Add($"rollout {status.Name} is {DemoWords.Of(status.State)}");
        }

        // The rollout repeats each LPAR's reasons as "LPAR: reason"; they are shown once, with the LPAR.
        foreach (var reason in status.Reasons.Except(previous?.Reasons ?? [], StringComparer.Ordinal).Where(r => !status.Lpars.Any(l => r.StartsWith(l.Lpar + ": ", StringComparison.Ordinal))))
        {
            lines.Add($"rollout {status.Name}: {reason}");
        }

        foreach (var wave in status.Waves)
        {
            if (previous?.Waves.FirstOrDefault(w => w.Index == wave.Index)?.State != wave.State)
            {
                lines.Add($"wave {wave.Index} ({string.Join(",", wave.Lpars)}) is {DemoWords.Of(wave.State)}");
            }
        }

        foreach (var lpar in status.Lpars)
        {
            var before = previous?.Lpars.FirstOrDefault(l => l.Lpar == lpar.Lpar);
            if (before is not null && before.State != lpar.State)
            {
                lines.Add($"{lpar.Lpar}: {DemoWords.Of(before.State)} -> {DemoWords.Of(lpar.State)}{Detail(lpar)}");
            }

            foreach (var reason in lpar.Reasons.Where(r => !(before?.Reasons ?? []).Any(b => Gist(b) == Gist(r))))
            {
                lines.Add($"{lpar.Lpar}: {reason}");
            }

            var ipls = snapshot.Ipls.GetValueOrDefault(lpar.Lpar);
            if (ipls > (_previous?.Ipls.GetValueOrDefault(lpar.Lpar) ?? 0))
            {
                lines.Add($"{lpar.Lpar}: IPL complete (the simulator's IPL {ipls})");
            }
        }

        foreach (var group in status.Groups)
        {
            if (previous?.Groups.FirstOrDefault(g => g.Name == group.Name && g.Sysmod == group.Sysmod)?.State != group.State)
            {
                lines.Add($"MULTSYS group {group.Name} for {group.Sysmod} is {DemoWords.Of(group.State)}");
            }
        }

        foreach (var entry in status.Audit.Skip(previous?.Audit.Length ?? 0))
        {
            lines.Add($"audit: {entry.By} {entry.Action}: {entry.Detail}{(entry.Reason is { } why ? $" (reason: {why})" : string.Empty)}");
        }

        _previous = snapshot;
        return [.. lines.Select(DemoWords.Safe)];
    }

    /// <summary>A reason without its running list of what is still missing, so a list that only shrinks is not news.</summary>
    private static string Gist(string reason)
    {
        var list = reason.IndexOf(" (not yet: ", StringComparison.Ordinal);
        return list < 0 ? reason : reason[..list];
    }

    /// <summary>Which SYSMODs the LPAR's new state is about: those staged for its IPL, active, or held.</summary>
    private static string Detail(LparProgress lpar)
    {
        var concerned = lpar.Sysmods.Where(s => s.Status == lpar.State).Select(s => s.Id).ToList();
        return lpar.State is LparState.Staged or LparState.Active or LparState.Held && concerned.Count > 0
            ? $" ({string.Join(", ", concerned)})"
            : string.Empty;
    }
}
