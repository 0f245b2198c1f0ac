namespace IMU.Smpe.Commands;

/// <summary>The operands of RESTORE.</summary>
public sealed record RestoreOptions
{
    /// <summary><c>SELECT(...)</c>: the SYSMODs to restore.</summary>
    public IReadOnlyList<string> Select { get; init; } = [];

    /// <summary><c>GROUP</c>: also restore the unaccepted SYSMODs that would otherwise be left behind.</summary>
    public bool Group { get; init; }

    /// <summary><c>CHECK</c>: decide and report, write nothing.</summary>
    public bool Check { get; init; }
}
