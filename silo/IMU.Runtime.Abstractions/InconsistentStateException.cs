namespace IMU.Runtime;

/// <summary>
/// A state write presented an ETag that no longer matches storage: another activation (or a
/// previous life of this one) wrote in between. The activation that gets this is stale and is
/// deactivated; the caller sees this exception.
/// </summary>
public sealed class InconsistentStateException : Exception
{
    /// <summary>Creates the exception with a message only.</summary>
    public InconsistentStateException()
        : base("The stored state changed since this activation read it.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What conflicted.</param>
    public InconsistentStateException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">What conflicted.</param>
    /// <param name="innerException">The provider's own error.</param>
    public InconsistentStateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with both ETags, so logs say exactly what conflicted.</summary>
    /// <param name="message">What conflicted.</param>
    /// <param name="storedETag">The ETag in storage, or null when nothing is stored.</param>
    /// <param name="currentETag">The ETag the writer presented.</param>
    public InconsistentStateException(string message, string? storedETag, string? currentETag)
        : base($"{message} (stored ETag: {storedETag ?? "none"}, presented ETag: {currentETag ?? "none"})")
    {
        StoredETag = storedETag;
        CurrentETag = currentETag;
    }

    /// <summary>The ETag in storage when the write was refused, if known.</summary>
    public string? StoredETag { get; }

    /// <summary>The ETag the writer presented.</summary>
    public string? CurrentETag { get; }
}
