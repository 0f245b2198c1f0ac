namespace IMU.Smpe.Commands;

/// <summary>One line of <c>REPORT ERRSYSMODS</c>: an installed SYSMOD now held for an unresolved ERROR reason.</summary>
/// <param name="Sysmod">The installed SYSMOD.</param>
/// <param name="Reason">The ERROR reason ID (APAR fix).</param>
/// <param name="Resolvers">SYSMODs that would resolve it.</param>
public sealed record ErrSysmodEntry(string Sysmod, string Reason, IReadOnlyList<ErrSysmodResolver> Resolvers);
