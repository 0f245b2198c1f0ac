namespace IMU.Runtime;

/// <summary>
/// A call would wait on a grain that is itself waiting further up the same call chain
/// (for example A → B → A on non-reentrant grains). The runtime fails it at once instead of letting
/// the chain hang until its deadline.
/// </summary>
public sealed class GrainCallDeadlockException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public GrainCallDeadlockException()
        : base("deadlock")
    {
    }

    /// <summary>Creates the exception with a message, e.g. one received from another silo.</summary>
    /// <param name="message">The message.</param>
    public GrainCallDeadlockException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public GrainCallDeadlockException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a call chain whose last grain already appears earlier in it.</summary>
    /// <param name="callChain">The grains of the chain, outermost first, ending with the grain called again.</param>
    public GrainCallDeadlockException(IReadOnlyList<GrainId> callChain)
        : base("deadlock: " + string.Join(" -> ", callChain ?? throw new ArgumentNullException(nameof(callChain))))
    {
        CallChain = callChain;
    }

    /// <summary>The call chain, outermost first; empty when the exception was rebuilt from a message.</summary>
    public IReadOnlyList<GrainId> CallChain { get; } = [];
}
