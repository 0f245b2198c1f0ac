namespace IMU.Smpe.Zones;

/// <summary>An element entry of a target or DLIB zone with its modification identifiers.</summary>
public sealed record ElementEntry
{
    /// <summary>The element name.</summary>
    public required string Name { get; init; }

    /// <summary>The element type (<c>MOD</c>, <c>MAC</c>, <c>SRC</c>, <c>HFS</c>, <c>DATA1</c>, ...); updates are recorded on the type they update (a <c>++ZAP</c> on <c>MOD</c>).</summary>
    public required string Type { get; init; }

    /// <summary>The function that owns the element.</summary>
    public required string Fmid { get; init; }

    /// <summary>The last SYSMOD that replaced the element.</summary>
    public required string Rmid { get; init; }

    /// <summary>The SYSMODs that updated the element since its last replacement.</summary>
    public IReadOnlyList<string> Umids { get; init; } = [];

    /// <summary>The load modules the element is link-edited into.</summary>
    public IReadOnlyList<string> Lmods { get; init; } = [];

    /// <summary>The target library ddname (SYSLIB), or null.</summary>
    public string? SysLib { get; init; }

    /// <summary>The distribution library ddname (DISTLIB), or null.</summary>
    public string? DistLib { get; init; }

    /// <summary>True when the current level was installed with <c>BYPASS(ID)</c> over a MODID error.</summary>
    public bool Bypass { get; init; }
}
