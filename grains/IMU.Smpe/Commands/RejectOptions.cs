namespace IMU.Smpe.Commands;

/// <summary>The operands of REJECT: exactly one of <see cref="Select"/> and <see cref="Purge"/>.</summary>
public sealed record RejectOptions
{
    /// <summary><c>SELECT(...)</c>: received SYSMODs to remove; one installed or superseded in any zone is not rejected.</summary>
    public IReadOnlyList<string> Select { get; init; } = [];

    /// <summary>
    /// <c>PURGE</c>: remove the global zone entries of SYSMODs that are accepted, and accepted wherever they
    /// are applied, so no RESTORE can need them any more. Their zone entries stay.
    /// </summary>
    public bool Purge { get; init; }

    /// <summary><c>CHECK</c>: decide and report, write nothing.</summary>
    public bool Check { get; init; }
}
