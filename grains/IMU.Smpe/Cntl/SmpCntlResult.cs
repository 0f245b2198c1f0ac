using IMU.Smpe.Diagnostics;

namespace IMU.Smpe.Cntl;

/// <summary>What <see cref="SmpCntlReader"/> read: the well-formed commands and positioned errors.</summary>
public sealed record SmpCntlResult
{
    /// <summary>The commands, in order; a command with an error is left out.</summary>
    public IReadOnlyList<SmpCntlCommand> Commands { get; init; } = [];

    /// <summary>The commands left out because of errors, in order.</summary>
    public IReadOnlyList<SmpCntlRejectedCommand> Rejected { get; init; } = [];

    /// <summary>Positioned errors, in order.</summary>
    public IReadOnlyList<SmpeError> Errors { get; init; } = [];
}
