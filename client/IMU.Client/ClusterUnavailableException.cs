namespace IMU.Client;

/// <summary>No silo answered: the message is one line naming where the client looked and for how long.</summary>
public sealed class ClusterUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">One line naming the address tried.</param>
    public ClusterUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the failure of the last attempt.</summary>
    /// <param name="message">One line naming the address tried.</param>
    /// <param name="innerException">The last connection failure.</param>
    public ClusterUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception without a message; prefer the constructors that name the address.</summary>
    public ClusterUnavailableException()
    {
    }
}
