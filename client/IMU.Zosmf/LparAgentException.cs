namespace IMU.Zosmf;

/// <summary>
/// An agent operation failed before a job result existed. The message never contains credentials;
/// it names the system, the operation and what went wrong.
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

    /// <summary>The HTTP status when <see cref="Kind"/> is an HTTP error, else null.</summary>
    public int? HttpStatus { get; init; }
}
