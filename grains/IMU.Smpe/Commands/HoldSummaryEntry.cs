using IMU.Smpe.HoldData;

namespace IMU.Smpe.Commands;

/// <summary>One line of RECEIVE's <c>++HOLD/++RELEASE</c> summary.</summary>
/// <param name="SysmodId">The held (or released) SYSMOD.</param>
/// <param name="Fmid">The statement's FMID.</param>
/// <param name="Category">ERROR, SYSTEM, USER or FIXCAT.</param>
/// <param name="Reason">The reason ID.</param>
/// <param name="Release">True for a <c>++RELEASE</c>, false for a <c>++HOLD</c>.</param>
/// <param name="Internal">True for a hold inside a received SYSMOD.</param>
/// <param name="Status">The outcome.</param>
public sealed record HoldSummaryEntry(
    string SysmodId,
    string Fmid,
    HoldCategory Category,
    string Reason,
    bool Release,
    bool Internal,
    HoldSummaryStatus Status);
