using IMU.Smpe.Diagnostics;
using IMU.Smpe.HoldData;

namespace IMU.Smpe.Mcs;

/// <summary>Collects the MCS of one SYSMOD while its statements are read.</summary>
/// <remarks>Each list is made on its first use: most SYSMODs have no ++JCLIN, ++DELETE or ++MOVE, and a stream has many SYSMODs.</remarks>
internal sealed class SysmodBuilder(string id, SysmodType type, SourceLocation location)
{
    private List<McsOperand>? _otherOperands;
    private List<VerStatement>? _vers;
    private List<IfStatement>? _ifs;
    private List<HoldStatement>? _holds;
    private List<JclInStatement>? _jclIns;
    private List<ElementStatement>? _elements;
    private List<DeleteStatement>? _deletes;
    private List<McsStatement>? _otherStatements;

    public string Id { get; } = id;

    public SysmodType Type { get; } = type;

    public SourceLocation Location { get; } = location;

    public string? Description { get; set; }

    public string? Rework { get; set; }

    public List<McsOperand> OtherOperands => _otherOperands ??= [];

    public List<VerStatement> Vers => _vers ??= [];

    public bool HasVers => _vers is { Count: > 0 };

    public List<IfStatement> Ifs => _ifs ??= [];

    public List<HoldStatement> Holds => _holds ??= [];

    public List<JclInStatement> JclIns => _jclIns ??= [];

    public List<ElementStatement> Elements => _elements ??= [];

    public List<DeleteStatement> Deletes => _deletes ??= [];

    public List<McsStatement> OtherStatements => _otherStatements ??= [];

    /// <summary>A statement of this SYSMOD was bad: SMP/E would not receive it, so neither do we.</summary>
    public bool Failed { get; set; }

    /// <summary>An element, JCLIN or load-module MCS was seen: a later <c>++HOLD</c> is no longer internal.</summary>
    public bool PastHolds { get; set; }

    /// <summary>Marks the SYSMOD failed and lets go of what it has collected, which will never be read.</summary>
    public void Fail()
    {
        Failed = true;
        _otherOperands = null;
        _vers = null;
        _ifs = null;
        _holds = null;
        _jclIns = null;
        _elements = null;
        _deletes = null;
        _otherStatements = null;
    }

    public Sysmod Build() => new()
    {
        Id = Id,
        Type = Type,
        Description = Description,
        Rework = Rework,
        OtherOperands = _otherOperands ?? (IReadOnlyList<McsOperand>)[],
        Vers = _vers ?? (IReadOnlyList<VerStatement>)[],
        Ifs = _ifs ?? (IReadOnlyList<IfStatement>)[],
        Holds = _holds ?? (IReadOnlyList<HoldStatement>)[],
        JclIns = _jclIns ?? (IReadOnlyList<JclInStatement>)[],
        Elements = _elements ?? (IReadOnlyList<ElementStatement>)[],
        Deletes = _deletes ?? (IReadOnlyList<DeleteStatement>)[],
        OtherStatements = _otherStatements ?? (IReadOnlyList<McsStatement>)[],
        Location = Location,
    };
}
