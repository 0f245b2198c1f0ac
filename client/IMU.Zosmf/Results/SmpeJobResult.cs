namespace IMU.Zosmf.Results;

/// <summary>What one GIMSMP job did, read from its status and spool.</summary>
public sealed record SmpeJobResult
{
    /// <summary>The system the job ran on.</summary>
    public required string SystemName { get; init; }

    /// <summary>The zone in <c>SET BOUNDARY</c>.</summary>
    public required string Zone { get; init; }

    /// <summary>The SMP/E command (RECEIVE, APPLY, ...).</summary>
    public required string Verb { get; init; }

    /// <summary>True when the command ran with CHECK: nothing was changed.</summary>
    public bool Check { get; init; }

    /// <summary>The job name (carries the idempotency marker).</summary>
    public required string JobName { get; init; }

    /// <summary>The JES job id.</summary>
    public required string JobId { get; init; }

    /// <summary>How the job ended.</summary>
    public required JobCompletion Completion { get; init; }

    /// <summary>The z/OSMF <c>retcode</c> text, e.g. <c>CC 0008</c> or <c>ABEND S0C4</c>.</summary>
    public required string Retcode { get; init; }

    /// <summary>The step return code for <see cref="JobCompletion.ConditionCode"/>, else null.</summary>
    public int? ReturnCode { get; init; }

    /// <summary>True when the agent found the job already submitted for this operation and followed it.</summary>
    public bool FollowedExistingJob { get; init; }

    /// <summary>Per-SYSMOD outcomes: the SMPRPT SYSMOD status report (APPLY, ACCEPT, RESTORE) or RECEIVE summary report.</summary>
    public IReadOnlyList<SysmodOutcome> Sysmods { get; init; } = [];

    /// <summary>The rows of the SMPRPT element summary report.</summary>
    public IReadOnlyList<ElementChange> Elements { get; init; } = [];

    /// <summary>The SYSMOD entries LIST printed to SMPLIST.</summary>
    public IReadOnlyList<ZoneSysmodEntry> Listed { get; init; } = [];

    /// <summary>GIM messages from SMPOUT.</summary>
    public IReadOnlyList<GimMessage> Messages { get; init; } = [];

    /// <summary>True when the job ran and SMP/E ended with RC 4 or lower.</summary>
    public bool Succeeded => Completion == JobCompletion.ConditionCode && ReturnCode <= 4;
}
