namespace IMU.Zosmf.Results;

/// <summary>One row of the SYSMOD status report or the RECEIVE summary report in SMPRPT.</summary>
/// <param name="SysmodId">The SYSMOD.</param>
/// <param name="Status">The status word, read.</param>
/// <param name="StatusText">The status word as printed.</param>
/// <param name="Type">PTF, APAR, USERMOD or FUNCTION, as printed.</param>
/// <param name="Fmid">The FMID column of the status report, or null (RECEIVE, or blank).</param>
/// <param name="Detail">The rest of the row: requisite, SUPBY and causer SYSMODs and hold reason IDs (status report) or the comments (RECEIVE); null when blank.</param>
public sealed record SysmodOutcome(string SysmodId, SysmodOutcomeStatus Status, string StatusText, string Type, string? Fmid, string? Detail);
