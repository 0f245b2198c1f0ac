using IMU.Smpe.Commands;
using IMU.Smpe.Diagnostics;
using IMU.Smpe.Zones;

namespace IMU.Smpe.Selection;

/// <summary>
/// Decides a RESTORE in memory: the DLIB copy is the only fallback, so accepted SYSMODs are refused
/// and every unaccepted SYSMOD that shares an element with (or depends on) a restored one must go
/// too: refused without GROUP, added with GROUP. Element entries come back from the DLIB zone.
/// </summary>
internal sealed class RestorePlanner(ZoneModel zone, ZoneModel? dlib, RestoreOptions options)
{
    private readonly List<SysmodResult> _results = [];
    private readonly List<string> _restore = [];
    private readonly Dictionary<string, List<string>> _reasons = new(StringComparer.Ordinal);
    private readonly HashSet<string> _failed = new(StringComparer.Ordinal);

    public InstallPlan Plan()
    {
        foreach (var id in options.Select.Distinct(StringComparer.Ordinal))
        {
            if (zone.Sysmod(id) is not { Status: SysmodEntryStatus.Applied })
            {
                Fail(id, SmpeMessages.NotRestorable(id, zone.Definition.Name));
            }
            else if (IsAccepted(id))
            {
                Fail(id, SmpeMessages.RestoreAccepted(id, dlib!.Definition.Name));
            }
            else if (zone.Deleted(id) is { Count: > 0 } deleted)
            {
                Fail(id, SmpeMessages.RestoreDeletedFunction(id, string.Join(',', deleted)));
            }
            else
            {
                Add(id, null);
            }
        }

        while (CheckLeftBehind())
        {
        }

        return BuildPlan();
    }

    private bool IsAccepted(string id) => dlib is not null && dlib.IsInstalled(id);

    private void Add(string id, string? reason)
    {
        _restore.Add(id);
        _reasons[id] = reason is null ? [] : [reason];
    }

    private void Fail(string id, string reason) =>
        _results.Add(new SysmodResult { Id = id, Status = SysmodStatus.Failed, Reasons = [reason] });

    /// <summary>One pass; true when GROUP added a SYSMOD or one more SYSMOD had to be refused.</summary>
    private bool CheckLeftBehind()
    {
        var changed = false;
        foreach (var id in _restore.ToList())
        {
            if (_failed.Contains(id))
            {
                continue;
            }

            foreach (var (other, why) in LeftBehind(id))
            {
                if (options.Group && !IsAccepted(other) && zone.Sysmod(other) is { Status: SysmodEntryStatus.Applied })
                {
                    Add(other, SmpeMessages.RestoredWithGroup(other, why));
                }
                else
                {
                    _failed.Add(id);
                    _reasons[id].Add(SmpeMessages.RestoreLeavesBehind(id, why));
                }

                changed = true;
            }
        }

        return changed;
    }

    private IEnumerable<(string Other, string Why)> LeftBehind(string id)
    {
        var staying = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in zone.ElementsChangedBy(id))
        {
            if (zone.Element(key) is not { } element)
            {
                continue;
            }

            // The RMID/UMIDs show only the latest levels: a SYSMOD superseded or replaced on the element
            // is no longer named there, yet its change is lost all the same when the DLIB copy comes back.
            var modids = element.Umids.Prepend(element.Rmid).Where(m => m != element.Fmid).Concat(AppliedOn(key));
            foreach (var modid in modids)
            {
                if (modid != id && !IsRestored(modid) && !IsAccepted(modid) && staying.Add(modid))
                {
                    yield return (modid, $"{key} IS ALSO CHANGED BY {modid}, WHICH IS NOT ACCEPTED");
                }
            }
        }

        foreach (var dependent in Dependents(id))
        {
            if (!IsRestored(dependent) && !IsAccepted(dependent) && staying.Add(dependent))
            {
                yield return (dependent, $"{dependent} NAMES IT AS PRE OR REQ");
            }
        }
    }

    private bool IsRestored(string id) => _reasons.ContainsKey(id) && !_failed.Contains(id);

    /// <summary>The applied SYSMODs that name <paramref name="id"/> as PRE or REQ.</summary>
    private IEnumerable<string> Dependents(string id) =>
        zone.Dependents(id).Where(d => zone.Sysmod(d) is { Status: SysmodEntryStatus.Applied });

    /// <summary>The applied SYSMODs whose recorded changes include the element.</summary>
    private IEnumerable<string> AppliedOn(ElementKey key) =>
        zone.SysmodsThatChanged(key).Where(s => zone.Sysmod(s) is { Status: SysmodEntryStatus.Applied });

    private InstallPlan BuildPlan()
    {
        var delta = new ZoneDelta();
        var elements = new List<ElementEntry>();
        foreach (var id in _restore)
        {
            var entry = zone.Sysmod(id)!;
            var restored = !_failed.Contains(id);
            _results.Add(new SysmodResult
            {
                Id = id,
                Status = restored ? SysmodStatus.Restored : SysmodStatus.Failed,
                Reasons = _reasons[id],
                Activation = entry.Activation,
            });
            if (!restored)
            {
                continue;
            }

            foreach (var key in zone.ElementsChangedBy(id))
            {
                var level = dlib?.Element(key);
                delta.Elements[key] = level;
                if (level is not null)
                {
                    elements.Add(level);
                }
            }

            // Superseders restored in the same run no longer supersede it; whichever order they come in.
            var supBy = entry.SupBy.Where(s => !IsRestored(s)).ToList();
            delta.Sysmods[id] = supBy.Count > 0 ? entry with { Status = SysmodEntryStatus.Superseded, SupBy = supBy } : null;
            delta.Records[id] = null;
            RemoveSupBy(delta, id);
        }

        var rc = _results.Any(r => r.Status == SysmodStatus.Failed) ? ReturnCodes.Error : ReturnCodes.Ok;
        return new InstallPlan(_results, delta, elements, rc);
    }

    private void RemoveSupBy(ZoneDelta delta, string id)
    {
        foreach (var sup in zone.Supersedes(id))
        {
            var entry = IsRestored(sup) ? null : delta.Sysmods.TryGetValue(sup, out var changed) ? changed : zone.Sysmod(sup);
            if (entry is null || !entry.SupBy.Contains(id))
            {
                continue;
            }

            var supBy = entry.SupBy.Where(s => s != id).ToList();
            delta.Sysmods[sup] = supBy.Count == 0 && entry.Status == SysmodEntryStatus.Superseded ? null : entry with { SupBy = supBy };
        }
    }
}
