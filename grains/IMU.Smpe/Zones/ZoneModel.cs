namespace IMU.Smpe.Zones;

/// <summary>
/// A target or DLIB zone as one command sees it: SYSMOD and element entries read by key inside the
/// command's transaction and kept for the rest of the command, and the zone's indexes (who changed an
/// element, who names a SYSMOD as requisite, which <c>++IF</c>s name a function) queried as needed.
/// </summary>
internal sealed class ZoneModel(ZoneDefinition definition, CsiStore store)
{
    private readonly Dictionary<string, ZoneSysmod?> _sysmods = new(StringComparer.Ordinal);
    private readonly Dictionary<ElementKey, ElementEntry?> _elements = [];

    public ZoneDefinition Definition { get; } = definition;

    private string Name => Definition.Name;

    public ZoneSysmod? Sysmod(string id)
    {
        if (!_sysmods.TryGetValue(id, out var entry))
        {
            entry = store.ZoneSysmod(Name, id);
            _sysmods[id] = entry;
        }

        return entry;
    }

    public ElementEntry? Element(ElementKey key)
    {
        if (!_elements.TryGetValue(key, out var entry))
        {
            entry = store.Element(Name, key);
            _elements[key] = entry;
        }

        return entry;
    }

    /// <summary>Reads the entries of every SYSMOD in <paramref name="ids"/> not read yet, in one query.</summary>
    public void Prefetch(IEnumerable<string> ids)
    {
        var missing = ids.Where(id => !_sysmods.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var id in missing)
        {
            _sysmods[id] = null;
        }

        foreach (var entry in store.ZoneSysmodsIn(Name, missing))
        {
            _sysmods[entry.Id] = entry;
        }
    }

    /// <summary>Reads the entries of every element in <paramref name="keys"/> not read yet, in one query.</summary>
    public void Prefetch(IEnumerable<ElementKey> keys)
    {
        var missing = keys.Where(key => !_elements.ContainsKey(key)).Distinct().ToList();
        foreach (var key in missing)
        {
            _elements[key] = null;
        }

        foreach (var entry in store.ElementsIn(Name, missing))
        {
            _elements[new ElementKey(entry.Type, entry.Name)] = entry;
        }
    }

    public bool IsPresent(string id) => Sysmod(id) is { IsPresent: true };

    public bool IsInstalled(string id) => Sysmod(id) is { IsInstalled: true };

    /// <summary>A function satisfies <c>++VER FMID</c> only when it is installed itself and not superseded.</summary>
    public bool IsFunctionInstalled(string fmid) => Sysmod(fmid) is { IsInstalled: true, SupBy.Count: 0 };

    /// <summary>Every SYSMOD entry, by ID (LIST, REPORT).</summary>
    public IEnumerable<ZoneSysmod> Sysmods() => store.ZoneSysmods(Name);

    /// <summary>Every element entry, by type and name (LIST).</summary>
    public IEnumerable<ElementEntry> Elements() => store.Elements(Name);

    /// <summary>The elements the SYSMOD's install changed: what RESTORE puts back.</summary>
    public IReadOnlyList<ElementKey> ElementsChangedBy(string id) => store.ElementsChangedBy(Name, id);

    /// <summary>The SYSMODs whose recorded changes include the element.</summary>
    public IReadOnlyList<string> SysmodsThatChanged(ElementKey key) => store.SysmodsThatChanged(Name, key);

    /// <summary>The SYSMODs whose recorded PRE or REQ list names <paramref name="id"/>.</summary>
    public IEnumerable<string> Dependents(string id) =>
        store.NamedBy(Name, id, "PRE").Concat(store.NamedBy(Name, id, "REQ")).Distinct(StringComparer.Ordinal);

    /// <summary>The recorded <c>++VER SUP</c> list of an installed SYSMOD: what it supersedes.</summary>
    public IReadOnlyList<string> Supersedes(string id) => store.Requisites(Name, id, "SUP");

    /// <summary>The functions the SYSMOD's install deleted (<c>++VER DELETE</c>).</summary>
    public IReadOnlyList<string> Deleted(string id) => store.Requisites(Name, id, "DELETE");

    /// <summary>The SYSMOD entries owned by <paramref name="fmid"/>: the function's service.</summary>
    public IReadOnlyList<string> SysmodsOf(string fmid) => store.ZoneSysmodsOf(Name, fmid);

    /// <summary>The elements <paramref name="fmid"/> owns.</summary>
    public IReadOnlyList<ElementKey> ElementsOwnedBy(string fmid) => store.ElementsOwnedBy(Name, fmid);

    /// <summary>(owner, requisite) for each recorded <c>++IF FMID(fmid) REQ(...)</c> of an installed SYSMOD.</summary>
    public IReadOnlyList<(string Owner, string Req)> IfRequisites(string fmid) => store.IfRequisites(Name, fmid);

    /// <summary>The ERROR holds on installed SYSMODs (internal and external).</summary>
    public IEnumerable<(string Sysmod, HoldData.HoldStatement Hold)> ErrorHoldsOfInstalled() => store.ErrorHoldsOfInstalled(Name);
}
