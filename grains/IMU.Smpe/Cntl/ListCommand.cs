namespace IMU.Smpe.Cntl;

/// <summary><c>LIST [SYSMODS] ...</c>: list zone entries.</summary>
public sealed record ListCommand : SmpCntlCommand
{
    /// <summary><c>SYSMODS</c> (or <c>SYSMOD</c>): list SYSMOD entries.</summary>
    public bool Sysmods { get; init; }

    /// <summary>The other operands (entry types, <c>FORFMID</c>, <c>XREF</c>, ...), as written.</summary>
    public IReadOnlyList<SmpeOperand> Operands { get; init; } = [];

    /// <inheritdoc />
    public override string Name => "LIST";
}
