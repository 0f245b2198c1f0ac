namespace IMU.Zosmf.Results;

/// <summary>A zone's real state as read from the system, used to reconcile after a failure.</summary>
/// <param name="SystemName">The system that was asked.</param>
/// <param name="Zone">The zone.</param>
/// <param name="Sysmods">Every SYSMOD entry LIST printed.</param>
public sealed record ZoneState(string SystemName, string Zone, IReadOnlyList<ZoneSysmodEntry> Sysmods);
