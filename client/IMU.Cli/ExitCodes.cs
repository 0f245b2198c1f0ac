namespace IMU.Cli;

/// <summary>
/// Process exit codes. SMP/E commands exit with SMP/E's own return code (0, 4, 8, 12, 16),
/// so scripts that already test GIMSMP step codes read ours the same way.
/// </summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Warning = 4;
    public const int SysmodFailed = 8;
    public const int Severe = 12;
    public const int Terminated = 16;

    /// <summary>Bad input: a file that does not parse or an operand that is not valid.</summary>
    public const int InputError = 1;

    /// <summary>Command-line usage error (unknown option, missing argument).</summary>
    public const int UsageError = 2;
}
