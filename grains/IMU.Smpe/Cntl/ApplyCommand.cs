namespace IMU.Smpe.Cntl;

/// <summary><c>APPLY</c>: install into the target libraries and target zone.</summary>
public sealed record ApplyCommand : InstallCommand
{
    /// <summary><c>GROUPEXTEND</c>: pull requisites and hold resolvers from the global zone.</summary>
    public bool GroupExtend { get; init; }

    /// <summary><c>GROUPEXTEND(NOAPARS)</c>: GROUPEXTEND may not pull APARs.</summary>
    public bool GroupExtendNoApars { get; init; }

    /// <summary><c>GROUPEXTEND(NOUSERMODS)</c>: GROUPEXTEND may not pull USERMODs.</summary>
    public bool GroupExtendNoUsermods { get; init; }

    /// <summary><c>REDO</c>: reinstall SYSMODs already applied.</summary>
    public bool Redo { get; init; }
}
