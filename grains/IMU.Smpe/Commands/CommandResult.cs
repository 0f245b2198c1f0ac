using IMU.Smpe.Zones;

namespace IMU.Smpe.Commands;

/// <summary>The result of APPLY, ACCEPT or RESTORE (with or without CHECK).</summary>
public sealed record CommandResult
{
    /// <summary>The command.</summary>
    public required SmpeCommand Command { get; init; }

    /// <summary>The zone the command ran against.</summary>
    public required string Zone { get; init; }

    /// <summary>True for a CHECK run: nothing was written.</summary>
    public required bool Check { get; init; }

    /// <summary>SMP/E's return code: 0 all done, 4 warnings, 8 a SYSMOD failed or was held, 12 the command failed.</summary>
    public required int ReturnCode { get; init; }

    /// <summary>The outcome per SYSMOD.</summary>
    public IReadOnlyList<SysmodResult> Sysmods { get; init; } = [];

    /// <summary>The elements the command changed (or would change), at their new level; deleted elements are not listed.</summary>
    public IReadOnlyList<ElementEntry> Elements { get; init; } = [];

    /// <summary>Messages about the command as a whole (e.g. why it ended with return code 12).</summary>
    public IReadOnlyList<string> Messages { get; init; } = [];
}
