using IMU.Smpe.Diagnostics;
using IMU.Smpe.HoldData;

namespace IMU.Smpe.Mcs;

/// <summary>
/// Everything read from one MCS or HOLDDATA stream. A bad statement produces an error and is
/// skipped; the statements after it are still read.
/// </summary>
public sealed record McsParseResult
{
    /// <summary>The SYSMODs, in stream order.</summary>
    public IReadOnlyList<Sysmod> Sysmods { get; init; } = [];

    /// <summary>External <c>++HOLD</c> statements (those not inside a SYSMOD).</summary>
    public IReadOnlyList<HoldStatement> Holds { get; init; } = [];

    /// <summary><c>++RELEASE</c> statements.</summary>
    public IReadOnlyList<ReleaseStatement> Releases { get; init; } = [];

    /// <summary><c>++ASSIGN</c> statements.</summary>
    public IReadOnlyList<AssignStatement> Assigns { get; init; } = [];

    /// <summary><c>++FEATURE</c> and <c>++PRODUCT</c> statements, kept as written.</summary>
    public IReadOnlyList<McsStatement> OtherStatements { get; init; } = [];

    /// <summary>Positioned errors, in stream order.</summary>
    public IReadOnlyList<SmpeError> Errors { get; init; } = [];

    /// <summary>
    /// The input was refused (a byte-order mark, a record too long to be MCS): the last error says
    /// where and why, and nothing after that point was read.
    /// </summary>
    public bool Refused { get; init; }
}
