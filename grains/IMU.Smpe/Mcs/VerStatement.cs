using IMU.Smpe.Diagnostics;

namespace IMU.Smpe.Mcs;

/// <summary>A <c>++VER</c> statement: the environment (SREL, FMID) a SYSMOD applies to, and its requisites.</summary>
public sealed record VerStatement
{
    /// <summary>The system releases, e.g. <c>Z038</c>.</summary>
    public required IReadOnlyList<string> Srels { get; init; }

    /// <summary><c>FMID(...)</c>: the owning function; null on a base function.</summary>
    public string? Fmid { get; init; }

    /// <summary><c>PRE(...)</c>: prerequisites, satisfied by the SYSMOD or anything that supersedes it.</summary>
    public IReadOnlyList<string> Pre { get; init; } = [];

    /// <summary><c>REQ(...)</c>: requisites installed in the same or an earlier run.</summary>
    public IReadOnlyList<string> Req { get; init; } = [];

    /// <summary><c>SUP(...)</c>: SYSMODs this one supersedes.</summary>
    public IReadOnlyList<string> Sup { get; init; } = [];

    /// <summary><c>NPRE(...)</c>: functions that must not be present (functions only).</summary>
    public IReadOnlyList<string> Npre { get; init; } = [];

    /// <summary><c>DELETE(...)</c>: functions removed when this function is installed (functions only).</summary>
    public IReadOnlyList<string> Delete { get; init; } = [];

    /// <summary><c>VERSION(...)</c>: functions whose elements are functionally lower than this SYSMOD's.</summary>
    public IReadOnlyList<string> Version { get; init; } = [];

    /// <summary>Where the statement starts.</summary>
    public SourceLocation Location { get; init; }
}
