using IMU.Smpe.Diagnostics;

namespace IMU.Smpe.Mcs;

/// <summary><c>++ASSIGN SOURCEID(id) TO(sysmod,...)</c>: tags received SYSMODs with a source ID.</summary>
public sealed record AssignStatement
{
    /// <summary>The source ID to assign.</summary>
    public required string SourceId { get; init; }

    /// <summary>The SYSMODs that get it.</summary>
    public required IReadOnlyList<string> Sysmods { get; init; }

    /// <summary>Where the statement starts.</summary>
    public SourceLocation Location { get; init; }
}
