using IMU.Smpe.Zones;

namespace IMU.Smpe.Selection;

/// <summary>The SYSMODs of one command and what they make present in the zone.</summary>
internal sealed class CandidateSet(ZoneModel zone)
{
    private readonly Dictionary<string, Candidate> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Candidate>> _supersedersOf = new(StringComparer.Ordinal);

    public List<Candidate> InOrder { get; } = [];

    public bool Contains(string id) => _byId.ContainsKey(id);

    public Candidate? Find(string id) => _byId.GetValueOrDefault(id);

    public void Add(Candidate candidate)
    {
        _byId[candidate.Id] = candidate;
        InOrder.Add(candidate);
        foreach (var sup in candidate.Ver.Sup)
        {
            if (!_supersedersOf.TryGetValue(sup, out var list))
            {
                list = [];
                _supersedersOf[sup] = list;
            }

            list.Add(candidate);
        }
    }

    /// <summary>A candidate that will be installed and supersedes <paramref name="id"/>, or null.</summary>
    public Candidate? InstallingSuperseder(string id, Candidate? except = null)
    {
        if (_supersedersOf.TryGetValue(id, out var list))
        {
            foreach (var s in list)
            {
                if (s != except && s.Installing)
                {
                    return s;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Present after this command: installed or superseded in the zone, or a viable candidate, or
    /// superseded by a candidate that is being installed. Used for PRE, REQ, IFREQ and ERROR holds.
    /// </summary>
    public bool IsPresent(string id) =>
        zone.IsPresent(id) || (_byId.TryGetValue(id, out var c) && c.Viable) || InstallingSuperseder(id) is not null;

    /// <summary>A function satisfies FMID and <c>++IF FMID</c> only when it is the exact function, installed or installing.</summary>
    public bool IsFunctionPresent(string fmid) =>
        zone.IsFunctionInstalled(fmid) || (_byId.TryGetValue(fmid, out var c) && c.IsFunction && c.Installing);
}
