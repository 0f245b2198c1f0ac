using IMU.Smpe.HoldData;
using IMU.Smpe.Mcs;

namespace IMU.Smpe.Zones;

/// <summary>
/// The global zone as one command sees it: received SYSMODs, external HOLDDATA and supersedes read by
/// key inside the command's transaction and kept for the rest of the command; only the FMID and SREL
/// lists (a few entries each) are read whole.
/// </summary>
internal sealed class GlobalZoneModel(CsiStore store)
{
    private readonly Dictionary<string, Sysmod?> _sysmods = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _received = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<HoldStatement>> _holds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _superseders = new(StringComparer.Ordinal);
    private HashSet<string>? _fmids;
    private HashSet<string>? _srels;

    public HashSet<string> Fmids => _fmids ??= store.Fmids();

    public HashSet<string> Srels => _srels ??= store.Srels();

    /// <summary>The received SYSMOD, or null.</summary>
    public Sysmod? Sysmod(string id)
    {
        if (!_sysmods.TryGetValue(id, out var sysmod))
        {
            sysmod = store.Sysmod(id);
            _sysmods[id] = sysmod;
        }

        return sysmod;
    }

    /// <summary>
    /// Reads the MCS and external holds of every SYSMOD in <paramref name="ids"/> not read yet, in two
    /// queries: a command asks for its whole selection at once, not SYSMOD by SYSMOD.
    /// </summary>
    /// <param name="ids">SYSMOD IDs; those not received are remembered as such.</param>
    /// <param name="holds">Also read their external holds.</param>
    public void Prefetch(IEnumerable<string> ids, bool holds)
    {
        var missing = ids.Where(id => !_sysmods.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var id in missing)
        {
            _sysmods[id] = null;
        }

        foreach (var sysmod in store.SysmodsIn(missing))
        {
            _sysmods[sysmod.Id] = sysmod;
        }

        if (!holds)
        {
            return;
        }

        var unread = missing.Where(id => _sysmods[id] is not null && !_holds.ContainsKey(id)).ToList();
        foreach (var id in unread)
        {
            _holds[id] = [];
        }

        foreach (var (id, hold) in store.ExternalHoldsIn(unread))
        {
            _holds[id].Add(hold);
        }
    }

    /// <summary>Whether the SYSMOD is received, without reading its MCS.</summary>
    public bool IsReceived(string id)
    {
        if (_sysmods.TryGetValue(id, out var sysmod))
        {
            return sysmod is not null;
        }

        if (!_received.TryGetValue(id, out var received))
        {
            received = store.Received(id).Received;
            _received[id] = received;
        }

        return received;
    }

    public IReadOnlyList<HoldStatement> ExternalHolds(string sysmodId)
    {
        if (!_holds.TryGetValue(sysmodId, out var holds))
        {
            holds = store.ExternalHolds(sysmodId);
            _holds[sysmodId] = holds;
        }

        return holds;
    }

    /// <summary>The received SYSMODs whose <c>++VER SUP</c> names <paramref name="id"/>, by ID.</summary>
    public IReadOnlyList<string> SupersedersOf(string id)
    {
        if (!_superseders.TryGetValue(id, out var list))
        {
            list = store.SupersedersOf(id);
            _superseders[id] = list;
        }

        return list;
    }

    /// <summary>The received SYSMODs that carry <paramref name="sourceId"/>.</summary>
    public IReadOnlyList<string> ReceivedWithSourceId(string sourceId) => store.ReceivedWithSourceId(sourceId);

    /// <summary>Every received SYSMOD ID for mass mode, functions first.</summary>
    public IReadOnlyList<string> ReceivedIds() => store.ReceivedIds();
}
