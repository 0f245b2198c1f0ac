using IMU.Smpe.Diagnostics;

namespace IMU.Smpe.Commands;

/// <summary>The result of RECEIVE.</summary>
public sealed record ReceiveResult
{
    /// <summary>
    /// 0 all received, 4 warnings (e.g. a <c>++RELEASE</c> that found nothing), 8 input errors, 12 a stream
    /// refused as not MCS (nothing received; <see cref="Errors"/> ends with the refusal).
    /// </summary>
    public required int ReturnCode { get; init; }

    /// <summary>The outcome per SYSMOD, in input order.</summary>
    public IReadOnlyList<ReceivedSysmod> Sysmods { get; init; } = [];

    /// <summary>The <c>++HOLD/++RELEASE</c> summary.</summary>
    public IReadOnlyList<HoldSummaryEntry> Holds { get; init; } = [];

    /// <summary>Errors the readers reported for the input (the statements were skipped).</summary>
    public IReadOnlyList<SmpeError> Errors { get; init; } = [];
}
