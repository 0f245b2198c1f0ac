namespace IMU.Cli;

/// <summary>
/// Process exit codes. SMP/E commands exit with the engine's own return code (0, 4, 8, 12), so
/// scripts that already test GIMSMP step codes read ours the same way; these are the others.
/// </summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>SMP/E's RC 12: a whole command failed (no CSI, unknown zone, BYPASS text not valid).</summary>
    public const int Severe = 12;

    /// <summary>Bad input: a file that does not parse or an operand that is not valid.</summary>
    public const int InputError = 1;

    /// <summary>Command-line usage error (unknown option, missing argument, a setting that is not valid).</summary>
    public const int UsageError = 2;

    /// <summary>No silo answered, or a silo could not start (a port in use, its database unreachable).</summary>
    public const int Unavailable = 3;
}
