namespace IMU.Smpe.Cntl;

/// <summary><c>ACCEPT</c>: install into the distribution libraries and DLIB zone.</summary>
public sealed record AcceptCommand : InstallCommand
{
    /// <summary><c>GROUPEXTEND</c>: pull requisites and hold resolvers from the global zone.</summary>
    public bool GroupExtend { get; init; }

    /// <summary><c>GROUPEXTEND(NOAPARS)</c>: GROUPEXTEND may not pull APARs.</summary>
    public bool GroupExtendNoApars { get; init; }

    /// <summary><c>GROUPEXTEND(NOUSERMODS)</c>: GROUPEXTEND may not pull USERMODs.</summary>
    public bool GroupExtendNoUsermods { get; init; }

    /// <summary><c>REDO</c>: accept SYSMODs already accepted again.</summary>
    public bool Redo { get; init; }
}
