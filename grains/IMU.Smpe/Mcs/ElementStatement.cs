using IMU.Smpe.Diagnostics;

namespace IMU.Smpe.Mcs;

/// <summary>
/// An element MCS (<c>++MOD</c>, <c>++MAC</c>, <c>++ZAP</c>, <c>++HFS</c>, data elements, ...) with its
/// operands and, when the data is inline, the records that follow it up to the next <c>++</c>.
/// </summary>
public sealed record ElementStatement
{
    /// <summary>The MCS keyword without <c>++</c>, e.g. <c>MOD</c>, <c>MACUPD</c>, <c>DATA1</c>.</summary>
    public required string McsType { get; init; }

    /// <summary>The element name.</summary>
    public required string Name { get; init; }

    /// <summary><c>DISTLIB(dd)</c>, or null.</summary>
    public string? DistLib { get; init; }

    /// <summary><c>SYSLIB(dd,...)</c>: target library ddnames.</summary>
    public IReadOnlyList<string> SysLibs { get; init; } = [];

    /// <summary><c>LMOD(...)</c>: load modules the module is link-edited into.</summary>
    public IReadOnlyList<string> Lmods { get; init; } = [];

    /// <summary><c>RMID(id)</c> declared by the packager, or null.</summary>
    public string? Rmid { get; init; }

    /// <summary><c>UMID(...)</c> declared by the packager.</summary>
    public IReadOnlyList<string> Umids { get; init; } = [];

    /// <summary><c>VERSION(...)</c>: functions whose copy of this element is functionally lower.</summary>
    public IReadOnlyList<string> Versions { get; init; } = [];

    /// <summary>The <c>DELETE</c> operand: the element is removed.</summary>
    public bool Delete { get; init; }

    /// <summary><c>RELFILE(n)</c>, or null when the data is not in a relative file.</summary>
    public int? RelFile { get; init; }

    /// <summary><c>TXLIB(dd)</c>, or null.</summary>
    public string? TxLib { get; init; }

    /// <summary><c>LKLIB(dd)</c>, or null.</summary>
    public string? LkLib { get; init; }

    /// <summary>Operands the engine does not interpret, kept as written and in order.</summary>
    public IReadOnlyList<McsOperand> OtherOperands { get; init; } = [];

    /// <summary>Inline data records (columns 1-80 as read, without line ends).</summary>
    public IReadOnlyList<string> InlineData { get; init; } = [];

    /// <summary>Where the statement starts.</summary>
    public SourceLocation Location { get; init; }
}
