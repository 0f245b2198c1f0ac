namespace IMU.Smpe.Commands;

/// <summary>A SYSMOD that would resolve an ERROR hold reason.</summary>
/// <param name="Id">The resolving SYSMOD.</param>
/// <param name="Received">True when it is received in the global zone (ready to install).</param>
public sealed record ErrSysmodResolver(string Id, bool Received);
