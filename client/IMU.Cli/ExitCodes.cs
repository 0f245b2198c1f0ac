namespace IMU.Cli;

/// <summary>
/// Process exit codes. SMP/E commands exit with the engine's own return code (0, 4, 8, 12), so
/// scripts that already test GIMSMP step codes read ours the same way; these are the others.
/// </summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>SMP/E's RC 12: a whole command failed (no CSI, a file that is not one, unknown zone, an operand that breaks SMP/E's name rules, BYPASS text not valid).</summary>
    public const int Severe = 12;

    /// <summary><c>parse</c>: a file has errors (each printed as FILE:LINE:COL) or cannot be read.</summary>
    public const int InputError = 1;

    /// <summary>Command-line usage error (unknown option, missing option or argument, options that exclude each other, a setting that is not valid).</summary>
    public const int UsageError = 2;

    /// <summary>No silo answered, or a silo could not start (a port in use, its database unreachable).</summary>
    public const int Unavailable = 3;

    /// <summary>The cluster refused a command, changing nothing: an unknown rollout, LPAR or SYSMOD, a rollout plan that breaks a rule, a command the rollout's state does not allow; the message names each culprit.</summary>
    public const int Refused = 5;

    /// <summary><c>rollout status --watch</c> and <c>demo</c>: the rollout ended FAILED or ABORTED (SMP/E's RC 8: not everything asked for got done).</summary>
    public const int RolloutNotCompleted = 8;

    /// <summary>SMP/E's RC 20: an internal error. The message names it; no stack trace is shown.</summary>
    public const int InternalError = 20;
}
