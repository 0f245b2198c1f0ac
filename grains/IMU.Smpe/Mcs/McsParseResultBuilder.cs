using IMU.Smpe.Diagnostics;
using IMU.Smpe.HoldData;

namespace IMU.Smpe.Mcs;

/// <summary>Sorts entries, in stream order, into the lists of a <see cref="McsParseResult"/>.</summary>
internal sealed class McsParseResultBuilder
{
    private readonly List<Sysmod> _sysmods = [];
    private readonly List<HoldStatement> _holds = [];
    private readonly List<ReleaseStatement> _releases = [];
    private readonly List<AssignStatement> _assigns = [];
    private readonly List<McsStatement> _statements = [];
    private readonly List<SmpeError> _errors = [];
    private bool _refused;

    /// <summary>SYSMODs, holds, releases, assigns and other statements added so far.</summary>
    public int Statements { get; private set; }

    public bool IsEmpty => Statements == 0 && _errors.Count == 0;

    public void Add(McsEntry entry)
    {
        switch (entry.Kind)
        {
            case McsEntryKind.Sysmod:
                _sysmods.Add(entry.Sysmod!);
                break;
            case McsEntryKind.Hold:
                _holds.Add(entry.Hold!);
                break;
            case McsEntryKind.Release:
                _releases.Add(entry.Release!);
                break;
            case McsEntryKind.Assign:
                _assigns.Add(entry.Assign!);
                break;
            case McsEntryKind.Statement:
                _statements.Add(entry.Statement!);
                break;
            default:
                _errors.Add(entry.Error!);
                _refused |= entry.Kind == McsEntryKind.Refusal;
                return;
        }

        Statements++;
    }

    public void AddRange(List<McsEntry> entries)
    {
        foreach (var entry in entries)
        {
            Add(entry);
        }

        entries.Clear();
    }

    public McsParseResult Build() => new()
    {
        Sysmods = _sysmods,
        Holds = _holds,
        Releases = _releases,
        Assigns = _assigns,
        OtherStatements = _statements,
        Errors = _errors,
        Refused = _refused,
    };
}
