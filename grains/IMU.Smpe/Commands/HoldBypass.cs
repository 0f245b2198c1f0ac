namespace IMU.Smpe.Commands;

/// <summary>
/// A hold BYPASS operand such as <c>HOLDSYSTEM</c>, <c>HOLDSYSTEM(IPL)</c> or
/// <c>HOLDSYSTEM(ACTION(UJ00001))</c>: the bare keyword bypasses every reason of that hold type.
/// </summary>
public sealed record HoldBypass
{
    /// <summary>True for the bare keyword: every reason, every SYSMOD.</summary>
    public bool All { get; init; }

    /// <summary>The listed reasons (ignored when <see cref="All"/> is set).</summary>
    public IReadOnlyList<HoldBypassReason> Reasons { get; init; } = [];

    /// <summary>Whether this operand bypasses the hold <paramref name="reason"/> on <paramref name="sysmodId"/>.</summary>
    /// <param name="reason">The hold's reason ID.</param>
    /// <param name="sysmodId">The held SYSMOD.</param>
    /// <returns>True when bypassed.</returns>
    public bool Covers(string reason, string sysmodId)
    {
        if (All)
        {
            return true;
        }

        foreach (var r in Reasons)
        {
            if (r.Reason == reason && (r.Sysmods.Count == 0 || r.Sysmods.Contains(sysmodId)))
            {
                return true;
            }
        }

        return false;
    }
}
