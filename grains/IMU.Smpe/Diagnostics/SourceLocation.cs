namespace IMU.Smpe.Diagnostics;

/// <summary>A position in an input stream: the file name as given, a 1-based line and a 1-based column.</summary>
/// <param name="File">The file (or stream) name; empty when the input had none.</param>
/// <param name="Line">The 1-based record (line) number.</param>
/// <param name="Column">The 1-based column within the record.</param>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    /// <summary>Formats the location the way compilers and SMP/E tools report it: <c>FILE:LINE:COL</c>.</summary>
    /// <returns>The location text.</returns>
    public override string ToString() => $"{File}:{Line}:{Column}";
}
