namespace IMU.Zosmf.Commands;

/// <summary>
/// One SMP/E command to run in its own GIMSMP job. The job sets the boundary to <see cref="Zone"/>
/// and then runs the command, so each record renders exactly one SMPCNTL command.
/// </summary>
public abstract record SmpeCommand
{
    protected SmpeCommand(string zone)
    {
        SmpeOperands.RequireName(zone, nameof(zone));
        Zone = zone;
    }

    /// <summary>The zone named in <c>SET BOUNDARY</c>.</summary>
    public string Zone { get; }

    /// <summary>The command verb as SMP/E prints it (RECEIVE, APPLY, ...).</summary>
    public abstract string Verb { get; }

    /// <summary>False when the command only reports (CHECK, LIST); such jobs are safe to run twice.</summary>
    public abstract bool ChangesZone { get; }

    /// <summary>Renders the command statement (without <c>SET BOUNDARY</c>), one entry per record.</summary>
    public abstract IReadOnlyList<string> ToControlStatements();
}
