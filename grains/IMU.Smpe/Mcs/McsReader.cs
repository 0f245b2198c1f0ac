namespace IMU.Smpe.Mcs;

/// <summary>
/// Reads SMP/E MCS: SMPPTFIN streams (SYSMODs, possibly with external <c>++HOLD</c> and
/// <c>++RELEASE</c>) and SMPHOLD streams (HOLDDATA), following smpe-reference §1.
/// </summary>
/// <remarks>
/// The reader never throws on bad input: every problem becomes a positioned
/// <see cref="Diagnostics.SmpeError"/> and reading resumes at the next <c>++</c> in columns 1-2.
/// A SYSMOD with any bad MCS (header, <c>++VER</c>, <c>++IF</c>, internal <c>++HOLD</c>, element)
/// is not returned at all, as SMP/E would not receive it; the SYSMODs after it are.
/// </remarks>
public static class McsReader
{
    /// <summary>Reads MCS from a string.</summary>
    /// <param name="text">The stream: 80-column records separated by LF or CRLF.</param>
    /// <param name="fileName">The name used in error locations.</param>
    /// <returns>The SYSMODs, external holds, releases and errors.</returns>
    public static McsParseResult Read(string text, string fileName = "")
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fileName);
        return new McsStreamParser(fileName).Parse(text);
    }

    /// <summary>Reads MCS from a reader (read to its end).</summary>
    /// <param name="reader">The stream.</param>
    /// <param name="fileName">The name used in error locations.</param>
    /// <returns>The SYSMODs, external holds, releases and errors.</returns>
    public static McsParseResult Read(TextReader reader, string fileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Read(reader.ReadToEnd(), fileName);
    }
}
