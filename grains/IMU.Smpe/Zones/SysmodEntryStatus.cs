namespace IMU.Smpe.Zones;

/// <summary>The status of a SYSMOD entry in a zone.</summary>
public enum SysmodEntryStatus
{
    /// <summary>Received into the global zone.</summary>
    Received,

    /// <summary>Applied to a target zone.</summary>
    Applied,

    /// <summary>Accepted into a distribution zone.</summary>
    Accepted,

    /// <summary>Never installed itself, but superseded by an installed SYSMOD (the entry exists only for its SUPBY).</summary>
    Superseded,
}
