namespace IMU.Smpe.HoldData;

/// <summary>
/// IBM Enhanced HOLDDATA carried in an ERROR hold's comment:
/// <c>COMMENT(SMRTDATA(CHGDT(yymmdd) FIX(ptf) SYMP(flags)))</c>.
/// </summary>
public sealed record SmrtData
{
    /// <summary><c>CHGDT(yymmdd)</c>: when the hold was last changed, as written; or null.</summary>
    public string? ChangeDate { get; init; }

    /// <summary><c>FIX(ptf)</c>: the PTF that resolves the hold once one is available; or null.</summary>
    public string? Fix { get; init; }

    /// <summary><c>SYMP(...)</c>: HIPER impact flags (<c>DAL</c>, <c>FUL</c>, <c>PRF</c>, <c>PRV</c>, <c>IPL</c>, ...).</summary>
    public IReadOnlyList<string> Symptoms { get; init; } = [];
}
