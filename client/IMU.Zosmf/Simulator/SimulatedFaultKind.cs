namespace IMU.Zosmf.Simulator;

/// <summary>What a simulated fault does to one request.</summary>
public enum SimulatedFaultKind
{
    /// <summary>Answer with an HTTP error status (500, 503, ...) without doing the work.</summary>
    HttpStatus,

    /// <summary>Wait before doing the work and answering.</summary>
    Slow,

    /// <summary>Drop the connection without doing the work.</summary>
    DropConnection,

    /// <summary>Do the work, then drop the connection: the answer is lost.</summary>
    LoseResponse,

    /// <summary>Submit only: accept the job and end it with <c>JCL ERROR</c>; nothing runs.</summary>
    JclError,

    /// <summary>Submit only: accept the job and end it with an ABEND before SMP/E changes anything.</summary>
    Abend,
}
