namespace IMU.Zosmf.Results;

/// <summary>One row of the SMPRPT element summary: an element a SYSMOD changed.</summary>
/// <param name="Name">The element name.</param>
/// <param name="Type">The element type (MOD, MAC, ZAP, ...).</param>
/// <param name="SysmodId">The SYSMOD that changed it.</param>
/// <param name="Action">ADDED, REPLACED, UPDATED, DELETED or RESTORED, as printed.</param>
/// <param name="Library">The target library ddname, or null when none was printed.</param>
public sealed record ElementChange(string Name, string Type, string SysmodId, string Action, string? Library);
