using IMU.Smpe.Commands;
using IMU.Smpe.Mcs;
using IMU.Smpe.Zones;

namespace IMU.Smpe.Selection;

/// <summary>A SYSMOD being considered by one APPLY or ACCEPT, with the <c>++VER</c> that matched the zone.</summary>
internal sealed class Candidate(Sysmod sysmod, VerStatement ver, string? extendedFor)
{
    public Sysmod Sysmod { get; } = sysmod;

    public string Id => Sysmod.Id;

    public VerStatement Ver { get; } = ver;

    public bool IsFunction => Sysmod.Type == SysmodType.Function;

    /// <summary>The FMID its elements belong to: a function owns its own elements.</summary>
    public string Owner => IsFunction ? Sysmod.Id : Ver.Fmid ?? Sysmod.Id;

    /// <summary>The SYSMOD whose requisite or hold made GROUPEXTEND add this one, or null when it was selected.</summary>
    public string? ExtendedFor { get; } = extendedFor;

    /// <summary>The function named on <c>++VER FMID</c> when it is being installed in the same command.</summary>
    public string? FunctionInCommand { get; init; }

    /// <summary>Failures that no re-evaluation undoes (MODID errors, missing elements).</summary>
    public List<string> HardReasons { get; } = [];

    public bool HardFailed => HardReasons.Count > 0;

    /// <summary>Will be present after the command (installed, or superseded by a SYSMOD that is installed).</summary>
    public bool Viable { get; set; } = true;

    public string? SupersededBy { get; set; }

    public bool Installing => Viable && SupersededBy is null;

    public bool Held { get; set; }

    public List<HoldResult> Holds { get; } = [];

    public List<string> Reasons { get; } = [];

    /// <summary>Requisites and hold reasons nothing satisfies: what GROUPEXTEND goes looking for.</summary>
    public List<string> Missing { get; } = [];

    public bool Warning { get; set; }

    public List<string> ElementReasons { get; } = [];

    public bool ElementWarning { get; set; }

    public List<ElementKey> Touched { get; } = [];

    public void ResetEvaluation()
    {
        SupersededBy = null;
        Held = false;
        Holds.Clear();
        Reasons.Clear();
        Missing.Clear();
        Warning = false;
    }

    public void ResetElements()
    {
        ElementReasons.Clear();
        ElementWarning = false;
        Touched.Clear();
    }
}
