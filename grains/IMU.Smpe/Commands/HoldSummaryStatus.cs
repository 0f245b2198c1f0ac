namespace IMU.Smpe.Commands;

/// <summary>The status column of RECEIVE's <c>++HOLD/++RELEASE</c> summary.</summary>
public enum HoldSummaryStatus
{
    /// <summary><c>HELD</c>: the hold is in the global zone.</summary>
    Held,

    /// <summary><c>RELEASED</c>: a <c>++RELEASE</c> removed the hold.</summary>
    Released,

    /// <summary><c>N/A</c>: the FMID is not in the global zone, so the statement was skipped.</summary>
    NotApplicable,

    /// <summary><c>SMD NF</c>: <c>++RELEASE</c> for a SYSMOD that has no holds and is not received.</summary>
    SysmodNotFound,

    /// <summary><c>RSN NF</c>: <c>++RELEASE</c> for a reason the SYSMOD is not held for.</summary>
    ReasonNotFound,

    /// <summary><c>INT HLD</c>: <c>++RELEASE</c> of an internal hold, which only BYPASS can override.</summary>
    InternalHold,
}
