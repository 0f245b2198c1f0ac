using IMU.Smpe.Diagnostics;

namespace IMU.Smpe.HoldData;

/// <summary>
/// A <c>++HOLD</c> statement: internal when it stands inside a SYSMOD, external when it arrives
/// in SMPHOLD (HOLDDATA).
/// </summary>
public sealed record HoldStatement
{
    /// <summary>The held SYSMOD (for HIPER and FIXCAT holds this can be an FMID).</summary>
    public required string SysmodId { get; init; }

    /// <summary>The FMID operand; external HOLDDATA for FMIDs not in the global zone is skipped.</summary>
    public required string Fmid { get; init; }

    /// <summary>The reason ID: an APAR-fix ID for ERROR and FIXCAT, a keyword for SYSTEM, anything for USER.</summary>
    public required string Reason { get; init; }

    /// <summary>The hold type.</summary>
    public required HoldCategory Category { get; init; }

    /// <summary>Alternative release keys (<c>CLASS(HIPER)</c>, <c>PE</c>, <c>ERREL</c>, ...).</summary>
    public IReadOnlyList<string> Classes { get; init; } = [];

    /// <summary><c>DATE(yyddd)</c> as written, or null.</summary>
    public string? Date { get; init; }

    /// <summary>FIXCAT: <c>RESOLVER(sysmod)</c>, the SYSMOD that fixes the APAR, or null.</summary>
    public string? Resolver { get; init; }

    /// <summary>FIXCAT: <c>CATEGORY(...)</c> fix-category names, mixed case as written.</summary>
    public IReadOnlyList<string> FixCategories { get; init; } = [];

    /// <summary><c>COMMENT(...)</c> text, or null (Enhanced HOLDDATA puts <c>SMRTDATA(...)</c> here).</summary>
    public string? Comment { get; init; }

    /// <summary>The Enhanced HOLDDATA <c>SMRTDATA(...)</c> found in <see cref="Comment"/>, or null.</summary>
    public SmrtData? SmrtData { get; init; }

    /// <summary>Where the statement starts.</summary>
    public SourceLocation Location { get; init; }
}
