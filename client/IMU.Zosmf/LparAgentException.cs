namespace IMU.Zosmf;

/// <summary>
/// An agent operation failed before a job result existed. The message never contains credentials;
/// it names the system, the operation and what went wrong, with the server's own message when it
/// sent one.
/// </summary>
public sealed class LparAgentException : Exception
{
    public LparAgentException(LparAgentErrorKind kind, string systemName, string message, Exception? innerException = null)
        : base($"{systemName}: {message}", innerException)
    {
        Kind = kind;
        SystemName = systemName;
    }

    /// <summary>Why the operation failed.</summary>
    public LparAgentErrorKind Kind { get; }

    /// <summary>The system the operation was for.</summary>
    public string SystemName { get; }

    /// <summary>The HTTP status (or the HMC job's status code) when the server answered with an error, else null.</summary>
    public int? HttpStatus { get; init; }

    /// <summary>The server's reason code: z/OSMF's <c>reason</c> or the HMC's <c>reason</c>/<c>job-reason-code</c>; null when none was sent.</summary>
    public int? Reason { get; init; }
}
