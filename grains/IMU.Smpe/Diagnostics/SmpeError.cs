namespace IMU.Smpe.Diagnostics;

/// <summary>One problem found in SMP/E input, positioned so that a systems programmer can go straight to it.</summary>
/// <param name="Location">Where the problem is.</param>
/// <param name="Message">What is wrong, in SMP/E's terms.</param>
public sealed record SmpeError(SourceLocation Location, string Message)
{
    /// <summary>Formats the error as <c>FILE:LINE:COL: error: MESSAGE</c>.</summary>
    /// <returns>The error line.</returns>
    public override string ToString() => $"{Location}: error: {Message}";
}
