namespace IMU.Smpe.Cntl;

/// <summary><c>RECEIVE [SYSMODS] [HOLDDATA] [SELECT(...)] [LIST] ...</c>.</summary>
public sealed record ReceiveCommand : SmpCntlCommand
{
    /// <summary><c>SYSMODS</c>: receive SYSMODs from SMPPTFIN.</summary>
    public bool Sysmods { get; init; }

    /// <summary><c>HOLDDATA</c>: receive HOLDDATA from SMPHOLD.</summary>
    public bool HoldData { get; init; }

    /// <summary><c>SELECT(...)</c>: only these SYSMODs.</summary>
    public IReadOnlyList<string> Select { get; init; } = [];

    /// <summary><c>EXCLUDE(...)</c>: not these SYSMODs.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary><c>FORFMID(...)</c>: only SYSMODs for these FMIDs.</summary>
    public IReadOnlyList<string> ForFmid { get; init; } = [];

    /// <summary><c>LIST</c>: list the MCS received.</summary>
    public bool List { get; init; }

    /// <summary><c>BYPASS(...)</c> as an operand tree.</summary>
    public IReadOnlyList<SmpeOperand> Bypass { get; init; } = [];

    /// <summary>Other operands (<c>RFPREFIX</c>, <c>SOURCEID</c>, <c>ORDER</c>, ...), as written.</summary>
    public IReadOnlyList<SmpeOperand> OtherOperands { get; init; } = [];

    /// <inheritdoc />
    public override string Name => "RECEIVE";
}
