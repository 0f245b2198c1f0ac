namespace IMU.Grains.Fleet;

/// <summary>The shapes a fleet file value can take; JSON and YAML both map onto these.</summary>
internal enum FleetNodeKind
{
    Scalar,
    Mapping,
    Sequence,
}
