namespace IMU.Zosmf;

/// <summary>Why an agent operation failed without a job result.</summary>
public enum LparAgentErrorKind
{
    /// <summary>The system did not answer (connection refused or dropped) after the allowed retries.</summary>
    Unreachable,

    /// <summary>A call did not answer within its timeout after the allowed retries.</summary>
    Timeout,

    /// <summary>The circuit breaker for this endpoint is open: recent calls failed, so no call was made.</summary>
    CircuitOpen,

    /// <summary>The server answered with an HTTP error that retrying did not cure; its message is in the exception's message.</summary>
    HttpError,

    /// <summary>The credentials or the HMC session were refused (401/403).</summary>
    Unauthorized,

    /// <summary>
    /// A submission's outcome is unknown: the response was lost and the job could not be found by its
    /// marker after the allowed attempts. Reconcile with the zone's state before trying again.
    /// </summary>
    SubmissionUnknown,

    /// <summary>The job or IPL did not finish within the allowed time.</summary>
    NotFinished,

    /// <summary>A job the agent ran to read something (LIST) did not end with RC 4 or lower.</summary>
    JobFailed,

    /// <summary>The HMC job of a load ended with an error status (e.g. 500 reason 263: the LPAR is operating and force was not given).</summary>
    LoadFailed,

    /// <summary>The HMC job of a load was canceled.</summary>
    LoadCanceled,

    /// <summary>The LPAR cannot be loaded as configured: no HMC, the HMC does not know the partition, or no load address.</summary>
    NotConfigured,

    /// <summary>The server's answer could not be understood.</summary>
    ProtocolError,
}
