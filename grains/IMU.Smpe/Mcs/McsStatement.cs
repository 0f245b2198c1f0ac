using IMU.Smpe.Diagnostics;

namespace IMU.Smpe.Mcs;

/// <summary>
/// An MCS the engine does not interpret (<c>++MOVE</c>, <c>++RENAME</c>, <c>++NULL</c>,
/// <c>++FEATURE</c>, <c>++PRODUCT</c>), kept as written.
/// </summary>
public sealed record McsStatement
{
    /// <summary>The MCS keyword without <c>++</c>, e.g. <c>MOVE</c>.</summary>
    public required string McsType { get; init; }

    /// <summary>The value in parentheses after the keyword, or null.</summary>
    public string? Name { get; init; }

    /// <summary>The operands in order.</summary>
    public IReadOnlyList<McsOperand> Operands { get; init; } = [];

    /// <summary>Where the statement starts.</summary>
    public SourceLocation Location { get; init; }
}
