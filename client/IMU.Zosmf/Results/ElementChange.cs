namespace IMU.Zosmf.Results;

/// <summary>One row of the SMPRPT element summary report.</summary>
/// <param name="Type">The element type (MOD, MAC, SRC, ...).</param>
/// <param name="Name">The element name.</param>
/// <param name="Status">What happened to the element (APPLIED, ACCEPTED, RESTORED, DELETED, BYPASS, ...), as printed.</param>
/// <param name="Fmid">The current FMID.</param>
/// <param name="Rmid">The current RMID.</param>
/// <param name="DistLib">The distribution library, or null.</param>
/// <param name="SysLib">The target library, or null.</param>
/// <param name="SysmodId">The SYSMOD that supplied the element.</param>
/// <param name="SysmodStatus">That SYSMOD's status, as printed.</param>
public sealed record ElementChange(string Type, string Name, string Status, string? Fmid, string? Rmid, string? DistLib, string? SysLib, string SysmodId, string? SysmodStatus);
