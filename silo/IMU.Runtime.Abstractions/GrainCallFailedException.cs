namespace IMU.Runtime;

/// <summary>
/// Stands in for an exception thrown by a grain whose type cannot be rebuilt on the caller's side
/// (unknown there, or without a constructor taking a message). It keeps the original type name and message.
/// </summary>
public sealed class GrainCallFailedException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public GrainCallFailedException()
        : base("A grain call failed.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public GrainCallFailedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public GrainCallFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a grain exception of a type that could not be rebuilt.</summary>
    /// <param name="originalTypeName">The full name of the exception type the grain threw.</param>
    /// <param name="originalMessage">Its message.</param>
    public GrainCallFailedException(string originalTypeName, string originalMessage)
        : base($"{originalTypeName}: {originalMessage}")
    {
        OriginalTypeName = originalTypeName;
        OriginalMessage = originalMessage;
    }

    /// <summary>The full name of the exception type the grain threw.</summary>
    public string? OriginalTypeName { get; }

    /// <summary>The message of the exception the grain threw.</summary>
    public string? OriginalMessage { get; }
}
