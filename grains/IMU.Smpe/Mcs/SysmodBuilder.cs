using IMU.Smpe.Diagnostics;
using IMU.Smpe.HoldData;

namespace IMU.Smpe.Mcs;

/// <summary>Collects the MCS of one SYSMOD while its statements are read.</summary>
/// <remarks>
/// A stream has one builder, started afresh at each header: its lists are reused from SYSMOD to
/// SYSMOD and each built <see cref="Sysmod"/> gets exact-size arrays, so a SYSMOD costs no lists.
/// </remarks>
internal sealed class SysmodBuilder
{
    public string Id { get; private set; } = string.Empty;

    public SysmodType Type { get; private set; }

    public SourceLocation Location { get; private set; }

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

    /// <summary>An element, JCLIN or load-module MCS was seen: a later <c>++HOLD</c> is no longer internal.</summary>
    public bool PastHolds { get; set; }

    /// <summary>Starts the SYSMOD whose header MCS is at <paramref name="location"/>.</summary>
    public SysmodBuilder Start(string id, SysmodType type, SourceLocation location)
    {
        Id = id;
        Type = type;
        Location = location;
        Description = null;
        Rework = null;
        Failed = false;
        PastHolds = false;
        Clear();
        return this;
    }

    /// <summary>Marks the SYSMOD failed and lets go of what it has collected, which will never be read.</summary>
    public void Fail()
    {
        Failed = true;
        Clear();
    }

    public Sysmod Build() => new()
    {
        Id = Id,
        Type = Type,
        Description = Description,
        Rework = Rework,
        OtherOperands = Copy(OtherOperands),
        Vers = Copy(Vers),
        Ifs = Copy(Ifs),
        Holds = Copy(Holds),
        JclIns = Copy(JclIns),
        Elements = Copy(Elements),
        Deletes = Copy(Deletes),
        OtherStatements = Copy(OtherStatements),
        Location = Location,
    };

    /// <summary>An exact-size array (a collection expression would wrap one in a read-only list).</summary>
    private static IReadOnlyList<T> Copy<T>(List<T> list) => list.Count == 0 ? [] : list.ToArray();

    private void Clear()
    {
        OtherOperands.Clear();
        Vers.Clear();
        Ifs.Clear();
        Holds.Clear();
        JclIns.Clear();
        Elements.Clear();
        Deletes.Clear();
        OtherStatements.Clear();
    }
}
