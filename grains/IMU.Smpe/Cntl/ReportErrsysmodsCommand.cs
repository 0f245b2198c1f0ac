namespace IMU.Smpe.Cntl;

/// <summary><c>REPORT ERRSYSMODS [ZONES(...)]</c>: installed SYSMODs now held for unresolved ERROR reasons.</summary>
public sealed record ReportErrsysmodsCommand : SmpCntlCommand
{
    /// <summary><c>ZONES(...)</c>: the zones to report on; empty means the current set-to zone.</summary>
    public IReadOnlyList<string> Zones { get; init; } = [];

    /// <summary>Other operands, as written.</summary>
    public IReadOnlyList<SmpeOperand> OtherOperands { get; init; } = [];

    /// <inheritdoc />
    public override string Name => "REPORT";
}
