using IMU.Smpe.Diagnostics;

namespace IMU.Smpe.Mcs;

/// <summary>
/// <c>++DELETE(lmod) SYSLIB(dd|ALL) [ALIAS(...)]</c>: deletes a load module (or its aliases) from
/// the target libraries. RESTORE cannot bring it back.
/// </summary>
public sealed record DeleteStatement
{
    /// <summary>The load module to delete.</summary>
    public required string LoadModule { get; init; }

    /// <summary><c>SYSLIB(...)</c>: the target library ddnames, or <c>ALL</c>.</summary>
    public IReadOnlyList<string> SysLibs { get; init; } = [];

    /// <summary><c>ALIAS(...)</c>: only these aliases are deleted.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Where the statement starts.</summary>
    public SourceLocation Location { get; init; }
}
