namespace IMU.Zosmf.Results;

/// <summary>
/// The status word SMP/E printed for a SYSMOD in the SYSMOD status report (APPLY, ACCEPT, RESTORE)
/// or the RECEIVE summary report. A word this list does not know is <see cref="Unknown"/>, with
/// the word itself in <see cref="SysmodOutcome.StatusText"/>.
/// </summary>
public enum SysmodOutcomeStatus
{
    /// <summary><c>RECEIVED</c>: stored in the global zone.</summary>
    Received,

    /// <summary><c>NOT RECEIVED</c>: RECEIVE left it out (see the comments).</summary>
    NotReceived,

    /// <summary><c>APPLIED</c> (with CHECK: would be applied).</summary>
    Applied,

    /// <summary><c>ACCEPTED</c> (with CHECK: would be accepted).</summary>
    Accepted,

    /// <summary><c>RESTORED</c> (with CHECK: would be restored).</summary>
    Restored,

    /// <summary><c>DELETED</c>: explicitly or implicitly deleted.</summary>
    Deleted,

    /// <summary><c>ERROR</c>: processing stopped after some libraries were updated; the SYSMOD is partly installed.</summary>
    Error,

    /// <summary><c>EXCLUDED</c>: named on EXCLUDE, or left out because of a requisite that was.</summary>
    Excluded,

    /// <summary><c>HELD</c>: an unresolved, not bypassed ++HOLD.</summary>
    Held,

    /// <summary><c>NOGO</c>, <c>NOGO(E)</c>, <c>NOGO(H)</c>: not processed (a requisite, MODID or applicability problem, or a requisite that was in error or held).</summary>
    NoGo,

    /// <summary><c>SUPD</c>: superseded by a SYSMOD processed in the same command.</summary>
    Superseded,

    /// <summary><c>INCMPLT</c>: element processing is incomplete.</summary>
    Incomplete,

    /// <summary>A word not listed here; read <see cref="SysmodOutcome.StatusText"/>.</summary>
    Unknown,
}
