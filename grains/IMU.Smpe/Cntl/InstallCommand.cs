using IMU.Smpe.Mcs;

namespace IMU.Smpe.Cntl;

/// <summary>
/// What <c>APPLY</c>, <c>ACCEPT</c> and <c>RESTORE</c> share: select or mass mode, CHECK, BYPASS
/// and the GROUPEXTEND/GROUP options.
/// </summary>
public abstract record InstallCommand : SmpCntlCommand
{
    /// <summary><c>SELECT(...)</c>: the SYSMODs named for processing (select mode).</summary>
    public IReadOnlyList<string> Select { get; init; } = [];

    /// <summary>Mass mode by type: <c>PTFS</c>, <c>APARS</c>, <c>USERMODS</c>, <c>FUNCTIONS</c>.</summary>
    public IReadOnlyList<SysmodType> MassTypes { get; init; } = [];

    /// <summary><c>FORFMID(...)</c>: only SYSMODs for these FMIDs.</summary>
    public IReadOnlyList<string> ForFmid { get; init; } = [];

    /// <summary><c>EXCLUDE(...)</c>: SYSMODs left out.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary><c>CHECK</c>: a dry run with full reports and no updates.</summary>
    public bool Check { get; init; }

    /// <summary><c>BYPASS(...)</c> as an operand tree, e.g. <c>HOLDSYSTEM(ACTION(UJ00001))</c>, <c>ID</c>.</summary>
    public IReadOnlyList<SmpeOperand> Bypass { get; init; } = [];

    /// <summary>Other operands (<c>COMPRESS</c>, <c>RETRY</c>, <c>SOURCEID</c>, ...), as written.</summary>
    public IReadOnlyList<SmpeOperand> OtherOperands { get; init; } = [];
}
