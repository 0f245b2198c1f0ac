using IMU.Smpe.Diagnostics;

namespace IMU.Smpe.HoldData;

/// <summary>A <c>++RELEASE</c> statement: removes one external (SYSMOD, reason) hold at RECEIVE.</summary>
public sealed record ReleaseStatement
{
    /// <summary>The SYSMOD whose hold is released.</summary>
    public required string SysmodId { get; init; }

    /// <summary>The FMID operand.</summary>
    public required string Fmid { get; init; }

    /// <summary>The reason ID of the hold to release.</summary>
    public required string Reason { get; init; }

    /// <summary>The hold type of the hold to release.</summary>
    public required HoldCategory Category { get; init; }

    /// <summary><c>DATE(yyddd)</c> as written, or null.</summary>
    public string? Date { get; init; }

    /// <summary>Where the statement starts.</summary>
    public SourceLocation Location { get; init; }
}
