namespace IMU.Zosmf.Results;

/// <summary>One row of the SMPRPT SYSMOD summary.</summary>
/// <param name="SysmodId">The SYSMOD.</param>
/// <param name="Status">What happened to it.</param>
/// <param name="Type">PTF, APAR, USERMOD or FUNCTION, as printed.</param>
/// <param name="Reason">Why it was held or failed (e.g. <c>SYSTEM ACTION</c>), or null.</param>
public sealed record SysmodOutcome(string SysmodId, SysmodOutcomeStatus Status, string Type, string? Reason);
