namespace IMU.Smpe.Mcs;

/// <summary>
/// Bounds that keep the reader's memory proportional to the largest SYSMOD rather than to the
/// input: input beyond them is refused or skipped with a positioned error, never read into memory.
/// Lengths count bytes of the input (one character per byte, as MCS is read Latin-1).
/// </summary>
public sealed record McsReaderLimits
{
    /// <summary>The defaults: records of 64 KiB, statements of 1 MiB, SYSMODs of 64 MiB.</summary>
    public static McsReaderLimits Default { get; } = new();

    /// <summary>
    /// The longest record (line). MCS is 80-column card images, so a longer line means the input is
    /// not MCS (a binary file, <c>/dev/zero</c>): the stream is refused there.
    /// </summary>
    public int MaxRecordLength { get; init; } = 64 * 1024;

    /// <summary>
    /// The longest MCS statement, from its <c>++</c> to its period. A longer statement is an error;
    /// its SYSMOD is not read and reading resumes at the next <c>++</c> in columns 1-2.
    /// </summary>
    public int MaxStatementLength { get; init; } = 1024 * 1024;

    /// <summary>
    /// The largest SYSMOD, from its header MCS to the next header, inline data included. A larger
    /// SYSMOD is an error and is not read; the SYSMODs after it are.
    /// </summary>
    public long MaxSysmodLength { get; init; } = 64L * 1024 * 1024;
}
