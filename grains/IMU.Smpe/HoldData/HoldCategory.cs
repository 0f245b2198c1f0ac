namespace IMU.Smpe.HoldData;

/// <summary>The hold type of a <c>++HOLD</c> or <c>++RELEASE</c> statement.</summary>
public enum HoldCategory
{
    /// <summary><c>ERROR</c>: the SYSMOD is in error; the reason is an APAR-fix ID.</summary>
    Error,

    /// <summary><c>SYSTEM</c>: special processing is needed; the reason is an IBM-defined keyword (ACTION, IPL, ...).</summary>
    System,

    /// <summary><c>USER</c>: a hold the installation placed itself.</summary>
    User,

    /// <summary><c>FIXCAT</c>: the SYSMOD belongs to fix categories; the reason is an APAR-fix ID.</summary>
    Fixcat,
}
