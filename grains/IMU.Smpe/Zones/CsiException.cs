namespace IMU.Smpe.Zones;

/// <summary>A request the CSI cannot carry out as a whole (unknown zone, duplicate zone, ...); SMP/E would end with RC 12.</summary>
public sealed class CsiException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CsiException()
    {
    }

    /// <summary>Creates the exception with a message in SMP/E's style.</summary>
    /// <param name="message">The message.</param>
    public CsiException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public CsiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
