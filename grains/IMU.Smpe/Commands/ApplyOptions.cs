namespace IMU.Smpe.Commands;

/// <summary>The operands of APPLY and ACCEPT.</summary>
public sealed record ApplyOptions
{
    /// <summary><c>SELECT(...)</c>: the SYSMODs to install; ignored when <see cref="All"/> is set.</summary>
    public IReadOnlyList<string> Select { get; init; } = [];

    /// <summary>
    /// <c>SOURCEID(...)</c>: also the received SYSMODs that carry one of these source IDs (RECEIVE gives each
    /// PTF that resolves a FIXCAT hold its fix categories as source IDs). They are chosen as mass mode
    /// chooses: what is installed, superseded or not applicable is left out without a message.
    /// </summary>
    public IReadOnlyList<string> SourceIds { get; init; } = [];

    /// <summary>Mass mode: every received SYSMOD applicable to the zone (for ACCEPT: applied in the related target zone).</summary>
    public bool All { get; init; }

    /// <summary><c>GROUPEXTEND</c>: pull missing requisites and hold resolvers in from the global zone.</summary>
    public bool GroupExtend { get; init; }

    /// <summary><c>GROUPEXTEND(NOAPARS)</c>: GROUPEXTEND never adds an APAR.</summary>
    public bool GroupExtendNoApars { get; init; }

    /// <summary><c>GROUPEXTEND(NOUSERMODS)</c>: GROUPEXTEND never adds a USERMOD.</summary>
    public bool GroupExtendNoUsermods { get; init; }

    /// <summary><c>CHECK</c>: decide and report, write nothing.</summary>
    public bool Check { get; init; }

    /// <summary><c>REDO</c>: install selected SYSMODs again even when they are installed already.</summary>
    public bool Redo { get; init; }

    /// <summary>The <c>BYPASS(...)</c> operand.</summary>
    public BypassOptions Bypass { get; init; } = BypassOptions.None;
}
