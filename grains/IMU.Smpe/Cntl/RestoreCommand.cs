namespace IMU.Smpe.Cntl;

/// <summary><c>RESTORE</c>: take applied, not yet accepted SYSMODs back to the DLIB level.</summary>
public sealed record RestoreCommand : InstallCommand
{
    /// <summary><c>GROUP</c>: add every SYSMOD that must be restored together with the selected ones.</summary>
    public bool Group { get; init; }

    /// <inheritdoc />
    public override string Name => "RESTORE";
}
