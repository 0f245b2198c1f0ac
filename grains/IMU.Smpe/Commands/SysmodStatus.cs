namespace IMU.Smpe.Commands;

/// <summary>What a command did (or, with CHECK, would do) with one SYSMOD.</summary>
public enum SysmodStatus
{
    /// <summary>Installed into the target zone.</summary>
    Applied,

    /// <summary>Installed into the distribution zone.</summary>
    Accepted,

    /// <summary>Removed from the target zone, its elements back at the DLIB level.</summary>
    Restored,

    /// <summary>Not installed: held by a hold that is neither resolved nor bypassed.</summary>
    Held,

    /// <summary>Not processed: a requisite, MODID or applicability error.</summary>
    Failed,

    /// <summary>Not installed because a SYSMOD installed already or in the same command supersedes it.</summary>
    Superseded,

    /// <summary>Already installed in the zone.</summary>
    AlreadyInstalled,

    /// <summary>No <c>++VER</c> matches the zone.</summary>
    NotApplicable,

    /// <summary>REJECT removed it from the global zone.</summary>
    Rejected,
}
