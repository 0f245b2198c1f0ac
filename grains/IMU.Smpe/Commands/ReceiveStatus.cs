namespace IMU.Smpe.Commands;

/// <summary>What RECEIVE did with one SYSMOD.</summary>
public enum ReceiveStatus
{
    /// <summary>Stored in the global zone.</summary>
    Received,

    /// <summary>Already received; replaced because the incoming REWORK level is higher.</summary>
    Reworked,

    /// <summary>Already received at the same or a higher REWORK level; left as it was.</summary>
    AlreadyReceived,

    /// <summary>Not received: no <c>++VER</c> names an SREL and FMID known to the global zone (GIM38901I).</summary>
    NotReceived,
}
