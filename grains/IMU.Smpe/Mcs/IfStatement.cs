using IMU.Smpe.Diagnostics;

namespace IMU.Smpe.Mcs;

/// <summary><c>++IF FMID(fmid) [THEN] REQ(...)</c>: a requisite that applies when <see cref="Fmid"/> is installed.</summary>
public sealed record IfStatement
{
    /// <summary>The function whose presence triggers the requisite.</summary>
    public required string Fmid { get; init; }

    /// <summary>The conditional requisites.</summary>
    public required IReadOnlyList<string> Req { get; init; }

    /// <summary>Where the statement starts.</summary>
    public SourceLocation Location { get; init; }
}
