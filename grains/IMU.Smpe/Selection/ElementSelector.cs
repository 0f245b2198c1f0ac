using IMU.Smpe.Diagnostics;
using IMU.Smpe.Mcs;
using IMU.Smpe.Zones;

namespace IMU.Smpe.Selection;

/// <summary>
/// Element selection and FMID/RMID/UMID bookkeeping (smpe-reference.md §8.2-§8.3), run over the
/// SYSMODs of one command in install order against an overlay of the zone's element entries.
/// </summary>
internal sealed class ElementSelector(ZoneModel zone, GlobalZoneModel global, bool bypassId)
{
    private readonly List<KeyValuePair<ElementKey, ElementEntry?>> _staged = [];

    /// <summary>The element entries the command changes; null deletes.</summary>
    public Dictionary<ElementKey, ElementEntry?> Changes { get; } = [];

    /// <summary>Selects and records the candidate's elements; false (and nothing recorded) on a MODID error.</summary>
    public bool Install(Candidate candidate)
    {
        candidate.ResetElements();
        _staged.Clear();
        HashSet<string>? coverage = null;
        var ok = true;
        foreach (var element in candidate.Sysmod.Elements)
        {
            if (!ElementTypes.IsElement(element.McsType))
            {
                continue;
            }

            coverage ??= Coverage(candidate);
            ok &= Select(candidate, element, coverage);
        }

        if (!ok)
        {
            return false;
        }

        foreach (var (key, entry) in _staged)
        {
            Changes[key] = entry;
            candidate.Touched.Add(key);
        }

        return true;
    }

    private bool Select(Candidate candidate, ElementStatement element, HashSet<string> coverage)
    {
        var key = ElementTypes.KeyOf(element);
        var current = Current(key);
        var update = ElementTypes.IsUpdate(element.McsType);
        var owner = candidate.Owner;

        if (current is null)
        {
            if (update)
            {
                candidate.HardReasons.Add(SmpeMessages.UpdateOfMissingElement(candidate.Id, key, zone.Definition.Name));
                return false;
            }

            Stage(key, element.Delete ? null : NewEntry(element, key, owner, candidate.Id));
            return true;
        }

        if (current.Fmid != owner)
        {
            return SelectOtherFunction(candidate, element, key, current);
        }

        if (candidate.IsFunction && (current.Rmid != owner || current.Umids.Count > 0))
        {
            // A function re-installed over its own serviced element keeps the service (case 3).
            candidate.ElementReasons.Add(SmpeMessages.KeptHigherLevel(candidate.Id, key, current.Rmid));
            return true;
        }

        var needsBypass = false;
        var rmidOwnedByFunction = current.Rmid == current.Fmid;
        if (!rmidOwnedByFunction && !coverage.Contains(current.Rmid) && !Regress(candidate, key, current.Rmid, ref needsBypass))
        {
            return false;
        }

        if (update)
        {
            foreach (var umid in current.Umids)
            {
                if (!coverage.Contains(umid))
                {
                    candidate.ElementReasons.Add(SmpeMessages.UpdateMissingUmid(candidate.Id, key, umid));
                    candidate.ElementWarning = true;
                }
            }

            var umids = current.Umids.Contains(candidate.Id) ? current.Umids : [.. current.Umids, candidate.Id];
            Stage(key, current with { Umids = umids, Bypass = current.Bypass || needsBypass });
            return true;
        }

        foreach (var umid in current.Umids)
        {
            if (!coverage.Contains(umid) && !Regress(candidate, key, umid, ref needsBypass))
            {
                return false;
            }
        }

        Stage(key, element.Delete ? null : Replace(current, element, candidate.Id, current.Fmid, needsBypass));
        return true;
    }

    private bool SelectOtherFunction(Candidate candidate, ElementStatement element, ElementKey key, ElementEntry current)
    {
        var ver = candidate.Ver;
        var higher = element.Versions.Contains(current.Fmid) || ver.Version.Contains(current.Fmid) ||
            (candidate.IsFunction && (ver.Fmid == current.Fmid || ver.Sup.Contains(current.Fmid) || ver.Delete.Contains(current.Fmid)));
        if (!higher || ElementTypes.IsUpdate(element.McsType))
        {
            // Assume a functionally higher copy is already there; for service that is a packaging error.
            if (!candidate.IsFunction)
            {
                candidate.ElementReasons.Add(SmpeMessages.FmidsDiffer(candidate.Id, key, current.Fmid, candidate.Owner));
                candidate.ElementWarning = true;
            }

            return true;
        }

        Stage(key, element.Delete ? null : Replace(current, element, candidate.Id, candidate.Owner, bypass: false));
        return true;
    }

    private bool Regress(Candidate candidate, ElementKey key, string modid, ref bool needsBypass)
    {
        if (bypassId)
        {
            candidate.ElementReasons.Add(SmpeMessages.ModidBypassed(candidate.Id, key, modid));
            candidate.ElementWarning = true;
            needsBypass = true;
            return true;
        }

        candidate.HardReasons.Add(SmpeMessages.Modid(candidate.Id, key, modid));
        return false;
    }

    /// <summary>
    /// The SYSMODs whose service the candidate contains: its PRE and SUP lists, and what those
    /// supersede in turn (one level: a PRE of the superseder covers what it superseded).
    /// </summary>
    private HashSet<string> Coverage(Candidate candidate)
    {
        var coverage = new HashSet<string>(StringComparer.Ordinal) { candidate.Id };
        foreach (var id in candidate.Ver.Pre.Concat(candidate.Ver.Sup))
        {
            coverage.Add(id);
            if (global.Sysmod(id) is { } named)
            {
                foreach (var ver in named.Vers)
                {
                    coverage.UnionWith(ver.Sup);
                }
            }
        }

        return coverage;
    }

    private ElementEntry? Current(ElementKey key)
    {
        // An element may appear twice in one SYSMOD (a ++MOD and a ++ZAP of it): the staged level counts.
        for (var i = _staged.Count - 1; i >= 0; i--)
        {
            if (_staged[i].Key == key)
            {
                return _staged[i].Value;
            }
        }

        return Changes.TryGetValue(key, out var changed) ? changed : zone.Element(key);
    }

    private void Stage(ElementKey key, ElementEntry? entry)
    {
        _staged.RemoveAll(s => s.Key == key);
        _staged.Add(new(key, entry));
    }

    private static ElementEntry NewEntry(ElementStatement element, ElementKey key, string fmid, string rmid) => new()
    {
        Name = key.Name,
        Type = key.Type,
        Fmid = fmid,
        Rmid = rmid,
        Lmods = element.Lmods,
        SysLib = element.SysLibs.Count > 0 ? element.SysLibs[0] : null,
        DistLib = element.DistLib,
    };

    private static ElementEntry Replace(ElementEntry current, ElementStatement element, string rmid, string fmid, bool bypass) =>
        current with
        {
            Fmid = fmid,
            Rmid = rmid,
            Umids = [],
            Lmods = element.Lmods.Count > 0 ? element.Lmods : current.Lmods,
            SysLib = element.SysLibs.Count > 0 ? element.SysLibs[0] : current.SysLib,
            DistLib = element.DistLib ?? current.DistLib,
            Bypass = bypass,
        };
}
