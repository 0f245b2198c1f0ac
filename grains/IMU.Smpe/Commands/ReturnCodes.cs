namespace IMU.Smpe.Commands;

/// <summary>SMP/E return codes (a job step's RC is the highest of its commands').</summary>
public static class ReturnCodes
{
    /// <summary>Everything was processed.</summary>
    public const int Ok = 0;

    /// <summary>Warnings only.</summary>
    public const int Warning = 4;

    /// <summary>At least one SYSMOD failed or was held.</summary>
    public const int Error = 8;

    /// <summary>The command as a whole failed (e.g. unknown zone).</summary>
    public const int Severe = 12;
}
