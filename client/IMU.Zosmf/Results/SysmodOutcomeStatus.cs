namespace IMU.Zosmf.Results;

/// <summary>What a command did to one SYSMOD, as printed in the SMPRPT summary report.</summary>
public enum SysmodOutcomeStatus
{
    /// <summary>RECEIVED into the global zone.</summary>
    Received,

    /// <summary>APPLIED into the target zone (or would be, under CHECK).</summary>
    Applied,

    /// <summary>ACCEPTED into the distribution zone (or would be, under CHECK).</summary>
    Accepted,

    /// <summary>RESTORED: backed out of the target zone (or would be, under CHECK).</summary>
    Restored,

    /// <summary>HELD: an unresolved ++HOLD not bypassed.</summary>
    Held,

    /// <summary>FAILED: a requisite, MODID or utility problem.</summary>
    Failed,

    /// <summary>Not processed because a SYSMOD it needs failed or was held.</summary>
    NotProcessed,
}
