using IMU.Smpe.Diagnostics;
using IMU.Smpe.HoldData;

namespace IMU.Smpe.Mcs;

/// <summary>Collects the MCS of one SYSMOD while its statements are read.</summary>
internal sealed class SysmodBuilder(string id, SysmodType type, SourceLocation location)
{
    public string Id { get; } = id;

    public SysmodType Type { get; } = type;

    public SourceLocation Location { get; } = location;

    public string? Description { get; set; }

    public string? Rework { get; set; }

    public List<McsOperand> OtherOperands { get; } = [];

    public List<VerStatement> Vers { get; } = [];

    public List<IfStatement> Ifs { get; } = [];

    public List<HoldStatement> Holds { get; } = [];

    public List<JclInStatement> JclIns { get; } = [];

    public List<ElementStatement> Elements { get; } = [];

    public List<DeleteStatement> Deletes { get; } = [];

    public List<McsStatement> OtherStatements { get; } = [];

    /// <summary>A statement of this SYSMOD was bad: SMP/E would not receive it, so neither do we.</summary>
    public bool Failed { get; set; }

    /// <summary>Marks the SYSMOD failed and lets go of what it has collected, which will never be read.</summary>
    public void Fail()
    {
        Failed = true;
        OtherOperands.Clear();
        Vers.Clear();
        Ifs.Clear();
        Holds.Clear();
        JclIns.Clear();
        Elements.Clear();
        Deletes.Clear();
        OtherStatements.Clear();
    }

    /// <summary>An element, JCLIN or load-module MCS was seen: a later <c>++HOLD</c> is no longer internal.</summary>
    public bool PastHolds { get; set; }

    public Sysmod Build() => new()
    {
        Id = Id,
        Type = Type,
        Description = Description,
        Rework = Rework,
        OtherOperands = OtherOperands.Count == 0 ? [] : OtherOperands,
        Vers = Vers,
        Ifs = Ifs.Count == 0 ? [] : Ifs,
        Holds = Holds.Count == 0 ? [] : Holds,
        JclIns = JclIns.Count == 0 ? [] : JclIns,
        Elements = Elements.Count == 0 ? [] : Elements,
        Deletes = Deletes.Count == 0 ? [] : Deletes,
        OtherStatements = OtherStatements.Count == 0 ? [] : OtherStatements,
        Location = Location,
    };
}
