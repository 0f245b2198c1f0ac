using IMU.Smpe.Commands;
using IMU.Smpe.Zones;

namespace IMU.Smpe.Selection;

/// <summary>What an APPLY or ACCEPT decided: the per-SYSMOD outcome and the zone changes to persist.</summary>
internal sealed record InstallPlan(IReadOnlyList<SysmodResult> Results, ZoneDelta Delta, IReadOnlyList<ElementEntry> Elements, int ReturnCode);
