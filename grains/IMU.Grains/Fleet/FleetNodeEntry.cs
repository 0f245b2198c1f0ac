using IMU.Smpe.Diagnostics;

namespace IMU.Grains.Fleet;

/// <summary>One key of a mapping, positioned at the key so that "unknown key" points at the typo.</summary>
internal readonly record struct FleetNodeEntry(string Key, SourceLocation KeyLocation, FleetNode Value);
