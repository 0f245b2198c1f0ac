using IMU.Zosmf.Results;

namespace IMU.Zosmf.Spool;

/// <summary>What SMPRPT reported: SYSMOD rows (status or RECEIVE summary report) and element rows.</summary>
internal sealed record SmpReport(IReadOnlyList<SysmodOutcome> Sysmods, IReadOnlyList<ElementChange> Elements);
