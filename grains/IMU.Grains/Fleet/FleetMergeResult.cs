using IMU.Grains.Models;

namespace IMU.Grains.Fleet;

/// <summary>The fleet after a file is applied, and what the file changed.</summary>
internal sealed record FleetMergeResult(FleetDefinition Fleet, IReadOnlyList<string> Added, IReadOnlyList<string> Updated, IReadOnlyList<string> Unchanged);
