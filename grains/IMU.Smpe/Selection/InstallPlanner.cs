using IMU.Smpe.Activation;
using IMU.Smpe.Commands;
using IMU.Smpe.Diagnostics;
using IMU.Smpe.Mcs;
using IMU.Smpe.Zones;

namespace IMU.Smpe.Selection;

/// <summary>
/// Decides an APPLY (target zone) or ACCEPT (DLIB zone) in memory: candidate selection and
/// applicability, then a greatest fixpoint over holds and requisites (a SYSMOD stays in while
/// everything it needs is present or coming), GROUPEXTEND, and element selection in install order.
/// </summary>
internal sealed class InstallPlanner
{
    private readonly GlobalZoneModel _global;
    private readonly ZoneModel _zone;
    private readonly bool _accept;
    private readonly ApplyOptions _options;
    private readonly Func<string, bool> _appliedInTarget;
    private readonly string? _targetZone;
    private readonly CandidateSet _candidates;
    private readonly CandidateEvaluator _evaluator;
    private readonly List<SysmodResult> _early = [];
    private readonly Dictionary<string, string> _extendedReason = new(StringComparer.Ordinal);
    private ElementSelector? _selector;

    /// <summary>The SYSMOD being selected was not named on SELECT (mass mode, SOURCEID): no message when it is left out.</summary>
    private bool _quiet;

    public InstallPlanner(GlobalZoneModel global, ZoneModel zone, bool accept, ApplyOptions options, IReadOnlyList<string> fixcatInterest, ZoneModel? target = null)
    {
        _global = global;
        _zone = zone;
        _accept = accept;
        _options = options;
        _targetZone = target?.Definition.Name;
        _appliedInTarget = target is null ? _ => false : target.IsInstalled;
        _candidates = new CandidateSet(zone);
        _evaluator = new CandidateEvaluator(global, zone, _candidates, options.Bypass, fixcatInterest);
    }

    private SysmodStatus InstalledStatus => _accept ? SysmodStatus.Accepted : SysmodStatus.Applied;

    public InstallPlan Plan()
    {
        SelectCandidates();
        while (true)
        {
            foreach (var c in _candidates.InOrder)
            {
                c.Viable = !c.HardFailed;
            }

            Fixpoint();
            if (_options.GroupExtend && Extend())
            {
                continue;
            }

            if (SelectElements())
            {
                break;
            }
        }

        return BuildPlan();
    }

    private void SelectCandidates()
    {
        var named = _options.All ? [] : new HashSet<string>(_options.Select, StringComparer.Ordinal);
        var ids = _options.All
            ? _global.ReceivedIds()
            : [.. _options.Select.Concat(_options.SourceIds.SelectMany(_global.ReceivedWithSourceId)).Distinct(StringComparer.Ordinal)];
        Prefetch(ids);
        var pending = new List<Sysmod>();
        foreach (var id in ids)
        {
            _quiet = !named.Contains(id);
            // Mass mode only considers what is eligible: what is already installed, superseded or
            // (for ACCEPT) not applied is simply not a candidate; SELECT names it, so it is reported.
            if (_global.Sysmod(id) is not { } sysmod)
            {
                Report(id, SysmodStatus.Failed, SmpeMessages.NotReceived(id));
            }
            else if (_zone.IsInstalled(id) && !_options.Redo)
            {
                ReportSelected(id, SysmodStatus.AlreadyInstalled, SmpeMessages.AlreadyInstalled(id, _zone.Definition.Name, _accept));
            }
            else if (_zone.Sysmod(id) is { SupBy.Count: > 0 } stub)
            {
                ReportSelected(id, SysmodStatus.Superseded, SmpeMessages.SupersededBy(id, string.Join(',', stub.SupBy)));
            }
            else if (_accept && !_options.Bypass.ApplyCheck && !_appliedInTarget(id))
            {
                ReportSelected(id, SysmodStatus.Failed, SmpeMessages.NotApplied(id, _targetZone ?? "(NONE)"));
            }
            else
            {
                pending.Add(sysmod);
            }
        }

        // Functions first: a PTF's ++VER FMID may name a function installed by the same command.
        var functions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sysmod in pending.Where(s => s.Type == SysmodType.Function).OrderBy(s => s.Vers.All(v => v.Fmid is null) ? 0 : 1))
        {
            _quiet = !named.Contains(sysmod.Id);
            if (Match(sysmod, functions, extendedFor: null) is { } c)
            {
                functions.Add(c.Id);
                Add(c);
            }
        }

        foreach (var sysmod in pending.Where(s => s.Type != SysmodType.Function))
        {
            _quiet = !named.Contains(sysmod.Id);
            if (Match(sysmod, functions, extendedFor: null) is { } c)
            {
                Add(c);
            }
        }
    }

    /// <summary>
    /// Reads what deciding the selection will ask for, a few queries for the whole selection instead of
    /// several per SYSMOD: the selected SYSMODs and their external holds, the zone's entries for them and
    /// for every SYSMOD they name (requisites, supersedes, hold reasons, FMIDs), the element entries they
    /// replace or update, and the received SYSMODs they name on PRE and SUP (their coverage).
    /// </summary>
    private void Prefetch(IReadOnlyList<string> ids)
    {
        _global.Prefetch(ids, holds: true);
        var selected = ids.Select(_global.Sysmod).OfType<Sysmod>().ToList();
        _zone.Prefetch(ids.Concat(selected.SelectMany(s => NamedBy(s).Concat(_global.ExternalHolds(s.Id).SelectMany(HoldNames)))));
        _zone.Prefetch(selected.SelectMany(ElementKeys));
        _global.Prefetch(selected.SelectMany(s => s.Vers).SelectMany(v => v.Pre.Concat(v.Sup)), holds: false);

        static IEnumerable<string> NamedBy(Sysmod s) =>
            s.Vers.SelectMany(v => v.Pre.Concat(v.Req).Concat(v.Sup).Concat(v.Npre).Concat(v.Delete).Concat(v.Fmid is { } fmid ? [fmid] : []))
                .Concat(s.Ifs.SelectMany(i => i.Req.Prepend(i.Fmid)))
                .Concat(s.Holds.SelectMany(HoldNames));

        static IEnumerable<string> HoldNames(HoldData.HoldStatement hold) => hold.Resolver is { } resolver ? [hold.Reason, resolver] : [hold.Reason];
    }

    /// <summary>
    /// Adds a candidate, failing it with GIM32501E when it supersedes a received SYSMOD, not installed in
    /// the zone, one of whose elements neither it nor its PRE/REQ SYSMODs contain: superseding makes that
    /// SYSMOD count as present, so its change to the element would never be installed. (An installed
    /// one has put its change in already.)
    /// </summary>
    private void Add(Candidate c)
    {
        HashSet<ElementKey>? contained = null;
        foreach (var sup in c.Ver.Sup)
        {
            // A function that deletes what it supersedes (SUP and DELETE of the same ID) drops its elements on purpose.
            if (_zone.IsInstalled(sup) || (c.IsFunction && c.Ver.Delete.Contains(sup)) || _global.Sysmod(sup) is not { } superseded)
            {
                continue;
            }

            contained ??= [.. c.Ver.Pre.Concat(c.Ver.Req).Select(_global.Sysmod).OfType<Sysmod>().Prepend(c.Sysmod).SelectMany(ElementKeys)];
            foreach (var key in ElementKeys(superseded).Where(k => !contained.Contains(k)).Distinct())
            {
                c.HardReasons.Add(SmpeMessages.SupersededElementMissing(c.Id, sup, key));
            }
        }

        _candidates.Add(c);
    }

    private static IEnumerable<ElementKey> ElementKeys(Sysmod sysmod) =>
        sysmod.Elements.Where(e => ElementTypes.IsElement(e.McsType)).Select(ElementTypes.KeyOf);

    /// <summary>Applicability: exactly one <c>++VER</c> must match the zone's SREL and an installed (or installing) FMID.</summary>
    private Candidate? Match(Sysmod sysmod, HashSet<string> functionsInCommand, string? extendedFor)
    {
        VerStatement? match = null;
        var matches = 0;
        foreach (var ver in sysmod.Vers)
        {
            if (ver.Srels.Contains(_zone.Definition.Srel) &&
                (ver.Fmid is null
                    ? sysmod.Type == SysmodType.Function
                    : _zone.IsFunctionInstalled(ver.Fmid) || functionsInCommand.Contains(ver.Fmid)))
            {
                match ??= ver;
                matches++;
            }
        }

        if (matches == 1)
        {
            var fmid = match!.Fmid;
            return new Candidate(sysmod, match, extendedFor)
            {
                FunctionInCommand = fmid is not null && !_zone.IsFunctionInstalled(fmid) ? fmid : null,
            };
        }

        // A SYSMOD GROUPEXTEND only tried is not reported on its own.
        if (extendedFor is null && matches > 1)
        {
            Report(sysmod.Id, SysmodStatus.Failed, SmpeMessages.Ambiguous(sysmod.Id, _zone.Definition.Name));
        }
        else if (extendedFor is null && !_quiet)
        {
            Report(sysmod.Id, SysmodStatus.NotApplicable, SmpeMessages.NotApplicable(sysmod.Id, _zone.Definition.Name, _zone.Definition.Srel));
        }

        return null;
    }

    private void Fixpoint()
    {
        // Viability only ever goes from true to false, so this terminates; the bound is a guard.
        var changed = true;
        for (var pass = 0; changed && pass <= _candidates.InOrder.Count + 1; pass++)
        {
            changed = false;
            foreach (var c in _candidates.InOrder)
            {
                var viable = _evaluator.Evaluate(c);
                if (viable != c.Viable)
                {
                    c.Viable = viable;
                    changed = true;
                }
            }
        }
    }

    /// <summary>GROUPEXTEND: for each missing requisite or unresolved hold reason, pull in the SYSMOD or a superseder of it.</summary>
    private bool Extend()
    {
        // A function still missing requisites counts too: what it misses may be its own service
        // (the IFREQ of an installed SYSMOD whose ++IF names it); the fixpoint decides both together.
        var functions = new HashSet<string>(_candidates.InOrder.Where(c => c.IsFunction && c.SupersededBy is null && !c.HardFailed).Select(c => c.Id), StringComparer.Ordinal);
        var added = false;
        foreach (var c in _candidates.InOrder.ToList())
        {
            if (c.Viable)
            {
                continue;
            }

            foreach (var missing in c.Missing)
            {
                if (_candidates.IsPresent(missing))
                {
                    continue;
                }

                foreach (var provider in Providers(missing))
                {
                    if (ExcludedFromExtension(provider) || _candidates.Contains(provider) || _zone.IsPresent(provider) || (_accept && !_options.Bypass.ApplyCheck && !_appliedInTarget(provider)))
                    {
                        continue;
                    }

                    if (Match(_global.Sysmod(provider)!, functions, extendedFor: c.Id) is { } extension)
                    {
                        extension.Reasons.Clear();
                        Add(extension);
                        _extendedReason[provider] = SmpeMessages.GroupExtended(provider, c.Id, missing);
                        added = true;
                        break;
                    }
                }
            }
        }

        return added;
    }

    private bool ExcludedFromExtension(string id) =>
        (_options.GroupExtendNoApars || _options.GroupExtendNoUsermods) && _global.Sysmod(id)?.Type is { } type &&
        ((type == SysmodType.Apar && _options.GroupExtendNoApars) || (type == SysmodType.Usermod && _options.GroupExtendNoUsermods));

    private IEnumerable<string> Providers(string id)
    {
        if (_global.IsReceived(id))
        {
            yield return id;
        }

        foreach (var superseder in _global.SupersedersOf(id))
        {
            yield return superseder;
        }
    }

    /// <summary>Runs element selection in install order; false when a MODID error removed a SYSMOD (decide again).</summary>
    private bool SelectElements()
    {
        var selector = new ElementSelector(_zone, _global, _options.Bypass.Id);
        var failed = false;
        foreach (var c in InstallOrder())
        {
            if (!selector.Install(c))
            {
                failed = true;
            }
        }

        _selector = selector;
        return !failed;
    }

    /// <summary>Prerequisites, requisites and the owning function before the SYSMODs that name them (iterative DFS).</summary>
    private List<Candidate> InstallOrder()
    {
        var order = new List<Candidate>();
        var visited = new HashSet<Candidate>();
        var stack = new Stack<(Candidate Candidate, IEnumerator<Candidate> Deps)>();
        foreach (var root in _candidates.InOrder)
        {
            if (!root.Installing || !visited.Add(root))
            {
                continue;
            }

            stack.Push((root, Dependencies(root).GetEnumerator()));
            while (stack.Count > 0)
            {
                var (current, deps) = stack.Peek();
                if (deps.MoveNext())
                {
                    if (visited.Add(deps.Current))
                    {
                        stack.Push((deps.Current, Dependencies(deps.Current).GetEnumerator()));
                    }
                }
                else
                {
                    stack.Pop();
                    order.Add(current);
                }
            }
        }

        return order;
    }

    private IEnumerable<Candidate> Dependencies(Candidate c)
    {
        var names = c.Ver.Pre.Concat(c.Ver.Req).Concat(c.Sysmod.Ifs.SelectMany(i => i.Req));
        if (c.FunctionInCommand is { } fmid)
        {
            names = names.Prepend(fmid);
        }

        foreach (var name in names)
        {
            var dep = _candidates.Find(name) is { Installing: true } direct ? direct : _candidates.InstallingSuperseder(name, except: c);
            if (dep is not null && dep != c)
            {
                yield return dep;
            }
        }
    }

    private InstallPlan BuildPlan()
    {
        var delta = new ZoneDelta();
        var results = new List<SysmodResult>(_early);
        var status = InstalledStatus;
        foreach (var c in _candidates.InOrder)
        {
            if (c.ExtendedFor is not null && !c.Viable)
            {
                continue;
            }

            var reasons = new List<string>();
            if (_extendedReason.TryGetValue(c.Id, out var why))
            {
                reasons.Add(why);
            }

            reasons.AddRange(c.Reasons);
            reasons.AddRange(c.HardReasons);
            var activation = ActivationClassifier.Classify(c.Sysmod, _evaluator.AllHolds(c), _zone.Element);
            SysmodStatus outcome;
            if (c.SupersededBy is { } by)
            {
                outcome = SysmodStatus.Superseded;
                reasons.Add(SmpeMessages.SupersededBy(c.Id, by));
            }
            else if (c.Viable)
            {
                outcome = status;
                reasons.AddRange(c.ElementReasons);
                Record(delta, c, activation);
                reasons.AddRange(c.Ver.Delete.Where(f => c.IsFunction && Entry(delta, f) is { IsInstalled: true }).Select(f => SmpeMessages.FunctionDeleted(f, c.Id)));
            }
            else
            {
                outcome = c.Held ? SysmodStatus.Held : SysmodStatus.Failed;
            }

            results.Add(new SysmodResult
            {
                Id = c.Id,
                Status = outcome,
                Holds = [.. c.Holds],
                Reasons = reasons,
                Activation = activation,
            });
        }

        foreach (var (key, entry) in _selector!.Changes)
        {
            delta.Elements[key] = entry;
        }

        foreach (var c in _candidates.InOrder.Where(c => c.Installing && c.IsFunction))
        {
            DeleteFunctions(delta, c);
        }

        var elements = _selector.Changes.Keys.Select(k => delta.Elements[k]).OfType<ElementEntry>().ToList();
        return new InstallPlan(results, delta, elements, ReturnCode(results));
    }

    /// <summary>
    /// <c>++VER DELETE</c>: each named function that is installed leaves the zone for good, with its
    /// service and the elements it still owns (those the deleting function took over stay, now its own).
    /// A deleted function that the deleting one also supersedes keeps an entry for its SUPBY.
    /// </summary>
    private void DeleteFunctions(ZoneDelta delta, Candidate deleting)
    {
        foreach (var fmid in deleting.Ver.Delete)
        {
            if (Entry(delta, fmid) is not { IsInstalled: true })
            {
                continue;
            }

            foreach (var id in _zone.SysmodsOf(fmid).Append(fmid).Distinct(StringComparer.Ordinal))
            {
                var entry = Entry(delta, id);
                delta.Sysmods[id] = entry is { SupBy.Count: > 0 } ? entry with { Status = SysmodEntryStatus.Superseded } : null;
                delta.Records[id] = null;
            }

            foreach (var key in _zone.ElementsOwnedBy(fmid))
            {
                if (!delta.Elements.TryGetValue(key, out var changed) || changed?.Fmid == fmid)
                {
                    delta.Elements[key] = null;
                }
            }
        }
    }

    private int ReturnCode(List<SysmodResult> results)
    {
        var rc = ReturnCodes.Ok;
        foreach (var r in results)
        {
            var c = _candidates.Find(r.Id);
            var code = r.Status switch
            {
                SysmodStatus.Held or SysmodStatus.Failed => ReturnCodes.Error,
                SysmodStatus.NotApplicable => ReturnCodes.Warning,
                _ when c is { Installing: true } && (c.Warning || c.ElementWarning) => ReturnCodes.Warning,
                _ => ReturnCodes.Ok,
            };
            rc = Math.Max(rc, code);
        }

        return rc;
    }

    private void Record(ZoneDelta delta, Candidate c, ActivationClass activation)
    {
        var existing = Entry(delta, c.Id);
        delta.Sysmods[c.Id] = new ZoneSysmod
        {
            Id = c.Id,
            Type = c.Sysmod.Type,
            Status = _accept ? SysmodEntryStatus.Accepted : SysmodEntryStatus.Applied,
            Fmid = c.Owner,
            SupBy = existing?.SupBy ?? [],
            Activation = activation,
        };
        delta.Records[c.Id] = new InstallRecord { Elements = [.. c.Touched], Pre = c.Ver.Pre, Req = c.Ver.Req, Sup = c.Ver.Sup, Delete = c.IsFunction ? c.Ver.Delete : [], Ifs = c.Sysmod.Ifs };
        foreach (var sup in c.Ver.Sup)
        {
            var entry = Entry(delta, sup);
            delta.Sysmods[sup] = entry is null
                ? new ZoneSysmod { Id = sup, Type = _global.Sysmod(sup)?.Type, Status = SysmodEntryStatus.Superseded, SupBy = [c.Id] }
                : entry with { SupBy = entry.SupBy.Contains(c.Id) ? entry.SupBy : [.. entry.SupBy, c.Id] };
        }
    }

    private ZoneSysmod? Entry(ZoneDelta delta, string id) =>
        delta.Sysmods.TryGetValue(id, out var changed) ? changed : _zone.Sysmod(id);

    private void Report(string id, SysmodStatus status, string reason) =>
        _early.Add(new SysmodResult { Id = id, Status = status, Reasons = [reason] });

    private void ReportSelected(string id, SysmodStatus status, string reason)
    {
        if (!_quiet)
        {
            Report(id, status, reason);
        }
    }
}
