namespace IMU.Zosmf.Simulator.Faults;

/// <summary>What a fault does.</summary>
public enum SimulatorFaultKind
{
    /// <summary><c>http500</c>: the request is answered 500 and nothing is done.</summary>
    Http500,

    /// <summary><c>http503</c>: the request is answered 503 and nothing is done.</summary>
    Http503,

    /// <summary><c>drop</c>: the connection is dropped and nothing is done.</summary>
    Drop,

    /// <summary><c>lostResponse</c>: the work is done, then the connection is dropped before the answer.</summary>
    LostResponse,

    /// <summary><c>slow</c>: a job stays ACTIVE (a load stays running) for the fault's seconds; a request is answered that much later.</summary>
    Slow,

    /// <summary><c>jclError</c>: the job ends with JCL ERROR and nothing runs (a load: its job fails).</summary>
    JclError,

    /// <summary><c>abend</c>: the job ends with ABEND S0C4 before SMP/E changes anything (a load: its job fails).</summary>
    Abend,

    /// <summary><c>rc8</c>: the SMP/E command fails with return code 8 and changes nothing (a load: its job fails).</summary>
    Rc8,

    /// <summary><c>down</c>: the system goes down (z/OSMF answers nothing) for the fault's seconds, or until the faults are cleared.</summary>
    Down,

    /// <summary><c>canceled</c>: a load's HMC job ends canceled.</summary>
    Canceled,
}
