using IMU.Smpe.Diagnostics;

namespace IMU.Smpe.Mcs;

/// <summary>
/// <c>++JCLIN</c>: JCL whose link-edit, assembly and copy steps tell SMP/E which modules form which
/// load modules and in which libraries they live.
/// </summary>
public sealed record JclInStatement
{
    /// <summary>Inline JCL records, or empty when the JCL is in a relative file or library.</summary>
    public IReadOnlyList<string> InlineData { get; init; } = [];

    /// <summary><c>RELFILE(n)</c>, or null.</summary>
    public int? RelFile { get; init; }

    /// <summary><c>TXLIB(dd)</c>, or null.</summary>
    public string? TxLib { get; init; }

    /// <summary>Operands the engine does not interpret, kept as written.</summary>
    public IReadOnlyList<McsOperand> OtherOperands { get; init; } = [];

    /// <summary>Where the statement starts.</summary>
    public SourceLocation Location { get; init; }
}
