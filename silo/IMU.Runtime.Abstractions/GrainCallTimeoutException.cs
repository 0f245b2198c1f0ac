namespace IMU.Runtime;

/// <summary>A grain call did not complete before its deadline.</summary>
public sealed class GrainCallTimeoutException : TimeoutException
{
    /// <summary>Creates the exception with a default message.</summary>
    public GrainCallTimeoutException()
        : base("A grain call did not complete before its deadline.")
    {
    }

    /// <summary>Creates the exception with a message, e.g. one received from another silo.</summary>
    /// <param name="message">The message.</param>
    public GrainCallTimeoutException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public GrainCallTimeoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception naming the grain, the method and the deadline.</summary>
    /// <param name="grainId">The called grain.</param>
    /// <param name="method">The called method, as <c>Interface.Method</c>.</param>
    /// <param name="deadline">The time the call was allowed.</param>
    public GrainCallTimeoutException(GrainId grainId, string method, TimeSpan deadline)
        : base($"The call {method} to grain {grainId} did not complete within its deadline of {deadline}.")
    {
        GrainId = grainId;
        Method = method;
        Deadline = deadline;
    }

    /// <summary>The called grain, when known.</summary>
    public GrainId? GrainId { get; }

    /// <summary>The called method, when known.</summary>
    public string? Method { get; }

    /// <summary>The deadline the call had, when known.</summary>
    public TimeSpan? Deadline { get; }
}
