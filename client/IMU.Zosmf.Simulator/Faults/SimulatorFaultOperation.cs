namespace IMU.Zosmf.Simulator.Faults;

/// <summary>
/// What a fault applies to. The SMP/E operations match the job whose SMPCNTL runs that command (the
/// fault acts on its submit or on the job itself); <see cref="Ipl"/> matches an HMC load;
/// <see cref="Any"/> matches the next of those. The request kinds match single z/OSMF or HMC requests.
/// </summary>
public enum SimulatorFaultOperation
{
    /// <summary><c>receive</c>: a RECEIVE job.</summary>
    Receive,

    /// <summary><c>applycheck</c>: an APPLY CHECK job.</summary>
    ApplyCheck,

    /// <summary><c>apply</c>: an APPLY job (without CHECK).</summary>
    Apply,

    /// <summary><c>acceptcheck</c>: an ACCEPT CHECK job.</summary>
    AcceptCheck,

    /// <summary><c>accept</c>: an ACCEPT job (without CHECK).</summary>
    Accept,

    /// <summary><c>restorecheck</c>: a RESTORE CHECK job.</summary>
    RestoreCheck,

    /// <summary><c>restore</c>: a RESTORE job (without CHECK).</summary>
    Restore,

    /// <summary><c>list</c>: a LIST job.</summary>
    List,

    /// <summary><c>ipl</c>: an HMC load of the system's partition.</summary>
    Ipl,

    /// <summary><c>any</c>: the next SMP/E job or load, whichever comes first.</summary>
    Any,

    /// <summary><c>jobstatus</c>: a job status request (GET .../jobs/{name}/{id}).</summary>
    JobStatus,

    /// <summary><c>joblist</c>: a job list request (GET .../jobs?owner=&amp;prefix=).</summary>
    JobList,

    /// <summary><c>spool</c>: a spool file list or records request.</summary>
    Spool,

    /// <summary><c>console</c>: a console command or a collection of its answer.</summary>
    Console,

    /// <summary><c>hmc</c>: any HMC request about the system's partition (status, load, its jobs).</summary>
    Hmc,
}
