namespace IMU.Smpe.Cntl;

/// <summary>The operands APPLY and ACCEPT share beyond the selection: GROUPEXTEND and REDO.</summary>
public abstract record ApplyOrAcceptCommand : InstallCommand
{
    /// <summary><c>GROUPEXTEND</c>: pull requisites and hold resolvers from the global zone.</summary>
    public bool GroupExtend { get; init; }

    /// <summary><c>GROUPEXTEND(NOAPARS)</c>: GROUPEXTEND may not pull APARs.</summary>
    public bool GroupExtendNoApars { get; init; }

    /// <summary><c>GROUPEXTEND(NOUSERMODS)</c>: GROUPEXTEND may not pull USERMODs.</summary>
    public bool GroupExtendNoUsermods { get; init; }

    /// <summary><c>REDO</c>: install SYSMODs that are already installed in the zone again.</summary>
    public bool Redo { get; init; }
}
