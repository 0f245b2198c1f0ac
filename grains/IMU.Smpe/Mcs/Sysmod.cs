using IMU.Smpe.Diagnostics;
using IMU.Smpe.HoldData;

namespace IMU.Smpe.Mcs;

/// <summary>
/// One SYSMOD as read from SMPPTFIN: its header MCS and every MCS up to the next header.
/// </summary>
public sealed record Sysmod
{
    /// <summary>The 7-character SYSMOD ID.</summary>
    public required string Id { get; init; }

    /// <summary>PTF, APAR, USERMOD or FUNCTION.</summary>
    public required SysmodType Type { get; init; }

    /// <summary><c>DESCRIPTION(...)</c>, or null.</summary>
    public string? Description { get; init; }

    /// <summary><c>REWORK(level)</c>, or null.</summary>
    public string? Rework { get; init; }

    /// <summary>Header operands the engine does not interpret (FILES, RFDSNPFX, FESN, ...).</summary>
    public IReadOnlyList<McsOperand> OtherOperands { get; init; } = [];

    /// <summary>The <c>++VER</c> statements (at least one in valid input).</summary>
    public IReadOnlyList<VerStatement> Vers { get; init; } = [];

    /// <summary>The <c>++IF</c> statements.</summary>
    public IReadOnlyList<IfStatement> Ifs { get; init; } = [];

    /// <summary>Internal <c>++HOLD</c> statements: written by the packager; <c>++RELEASE</c> cannot remove them.</summary>
    public IReadOnlyList<HoldStatement> Holds { get; init; } = [];

    /// <summary><c>++JCLIN</c> statements.</summary>
    public IReadOnlyList<JclInStatement> JclIns { get; init; } = [];

    /// <summary>Element MCS in the order they appear.</summary>
    public IReadOnlyList<ElementStatement> Elements { get; init; } = [];

    /// <summary><c>++DELETE</c> statements (load module deletions).</summary>
    public IReadOnlyList<DeleteStatement> Deletes { get; init; } = [];

    /// <summary><c>++MOVE</c>, <c>++RENAME</c> and <c>++NULL</c> statements, kept as written.</summary>
    public IReadOnlyList<McsStatement> OtherStatements { get; init; } = [];

    /// <summary>Where the header MCS starts.</summary>
    public SourceLocation Location { get; init; }
}
