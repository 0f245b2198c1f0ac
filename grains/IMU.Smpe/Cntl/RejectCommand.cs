namespace IMU.Smpe.Cntl;

/// <summary><c>REJECT</c>: remove received SYSMODs (and optionally HOLDDATA) from the global zone.</summary>
public sealed record RejectCommand : SmpCntlCommand
{
    /// <summary><c>SELECT(...)</c>: the SYSMODs to reject.</summary>
    public IReadOnlyList<string> Select { get; init; } = [];

    /// <summary><c>HOLDDATA</c>: reject their HOLDDATA too.</summary>
    public bool HoldData { get; init; }

    /// <summary><c>BYPASS(...)</c> as an operand tree, e.g. <c>APPLYCHECK</c>.</summary>
    public IReadOnlyList<SmpeOperand> Bypass { get; init; } = [];

    /// <summary>Other operands (<c>NOFMID</c>, <c>PURGE</c>, <c>MASS</c>, ...), as written.</summary>
    public IReadOnlyList<SmpeOperand> OtherOperands { get; init; } = [];

    /// <inheritdoc />
    public override string Name => "REJECT";
}
