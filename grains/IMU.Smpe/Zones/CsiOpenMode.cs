namespace IMU.Smpe.Zones;

/// <summary>How <see cref="Csi.Open(string, CsiOpenOptions)"/> treats the file it is given.</summary>
public enum CsiOpenMode
{
    /// <summary>Opens a CSI for reading and writing, creating it (with its global zone) when the file does not exist or is empty.</summary>
    OpenOrCreate,

    /// <summary>Opens an existing CSI for reading and writing; a missing file is refused.</summary>
    ReadWrite,

    /// <summary>Opens an existing CSI read-only: nothing is written to the file, so LIST, REPORT and CHECK work on read-only media.</summary>
    ReadOnly,
}
