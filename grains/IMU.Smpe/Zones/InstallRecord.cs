using IMU.Smpe.Mcs;

namespace IMU.Smpe.Zones;

/// <summary>
/// What an APPLY or ACCEPT records in the zone about an installed SYSMOD: the elements it changed
/// (what RESTORE puts back) and the requisites of the <c>++VER</c> that matched and its <c>++IF</c>s, so
/// that they outlive the SYSMOD's entry in the global zone (REJECT, PURGE).
/// </summary>
internal sealed record InstallRecord
{
    public IReadOnlyList<ElementKey> Elements { get; init; } = [];

    public IReadOnlyList<string> Pre { get; init; } = [];

    public IReadOnlyList<string> Req { get; init; } = [];

    public IReadOnlyList<string> Sup { get; init; } = [];

    /// <summary>A function's <c>++VER DELETE</c>: the functions its install removed for good (RESTORE cannot undo it).</summary>
    public IReadOnlyList<string> Delete { get; init; } = [];

    public IReadOnlyList<IfStatement> Ifs { get; init; } = [];
}
