namespace IMU.Smpe.Commands;

/// <summary>The operands of APPLY and ACCEPT.</summary>
public sealed record ApplyOptions
{
    /// <summary><c>SELECT(...)</c>: the SYSMODs to install; ignored when <see cref="All"/> is set.</summary>
    public IReadOnlyList<string> Select { get; init; } = [];

    /// <summary>Mass mode: every received SYSMOD applicable to the zone (for ACCEPT: applied in the related target zone).</summary>
    public bool All { get; init; }

    /// <summary><c>GROUPEXTEND</c>: pull missing requisites and hold resolvers in from the global zone.</summary>
    public bool GroupExtend { get; init; }

    /// <summary><c>CHECK</c>: decide and report, write nothing.</summary>
    public bool Check { get; init; }

    /// <summary><c>REDO</c>: install selected SYSMODs again even when they are installed already.</summary>
    public bool Redo { get; init; }

    /// <summary>The <c>BYPASS(...)</c> operand.</summary>
    public BypassOptions Bypass { get; init; } = BypassOptions.None;
}
