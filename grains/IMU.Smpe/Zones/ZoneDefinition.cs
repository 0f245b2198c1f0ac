namespace IMU.Smpe.Zones;

/// <summary>A zone of a CSI, as its TARGETZONE/DLIBZONE entry describes it.</summary>
/// <param name="Name">The zone name (the global zone is <c>GLOBAL</c>).</param>
/// <param name="Type">Global, target or DLIB.</param>
/// <param name="Related">The related zone (a target zone names its DLIB zone and the other way round), or null.</param>
/// <param name="Srel">The zone's system release, e.g. <c>Z038</c>.</param>
public sealed record ZoneDefinition(string Name, ZoneType Type, string? Related, string Srel);
