namespace IMU.Smpe.Commands;

/// <summary>One line of REPORT MISSINGFIX: a fix of a category the zone is interested in that the zone does not have.</summary>
/// <param name="Zone">The target or DLIB zone.</param>
/// <param name="Fixcat">The fix category, as the HOLDDATA names it (e.g. <c>IBM.Coexistence.z/OS.3.1</c>).</param>
/// <param name="Reason">The APAR-fix ID of the FIXCAT hold.</param>
/// <param name="Resolvers">The SYSMODs that would resolve it, and whether each is received.</param>
public sealed record MissingFixEntry(string Zone, string Fixcat, string Reason, IReadOnlyList<ErrSysmodResolver> Resolvers);
