namespace IMU.Zosmf.Results;

/// <summary>One SYSMOD entry of a zone as LIST prints it.</summary>
/// <param name="SysmodId">The SYSMOD.</param>
/// <param name="Type">PTF, APAR, USERMOD or FUNCTION.</param>
/// <param name="Status">The status words as printed (e.g. <c>REC APP</c>).</param>
/// <param name="Fmid">The owning FMID, or null.</param>
public sealed record ZoneSysmodEntry(string SysmodId, string Type, string Status, string? Fmid)
{
    /// <summary>True when the status says the SYSMOD is applied in this zone.</summary>
    public bool IsApplied => Status.Split(' ').Contains("APP", StringComparer.Ordinal);

    /// <summary>True when the status says the SYSMOD is accepted in this zone.</summary>
    public bool IsAccepted => Status.Split(' ').Contains("ACC", StringComparer.Ordinal);
}
