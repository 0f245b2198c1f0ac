namespace IMU.Smpe.Commands;

/// <summary>The installing commands whose results are reported per SYSMOD.</summary>
public enum SmpeCommand
{
    /// <summary>APPLY into a target zone.</summary>
    Apply,

    /// <summary>ACCEPT into a distribution zone.</summary>
    Accept,

    /// <summary>RESTORE a target zone back to the DLIB level.</summary>
    Restore,

    /// <summary>REJECT received SYSMODs from the global zone.</summary>
    Reject,
}
