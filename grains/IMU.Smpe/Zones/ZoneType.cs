namespace IMU.Smpe.Zones;

/// <summary>The kind of zone in a CSI.</summary>
public enum ZoneType
{
    /// <summary>The global zone: received SYSMODs, HOLDDATA, the FMID and SREL lists.</summary>
    Global,

    /// <summary>A target zone: what APPLY installed into one set of target libraries.</summary>
    Target,

    /// <summary>A distribution (DLIB) zone: what ACCEPT installed into the distribution libraries.</summary>
    Dlib,
}
