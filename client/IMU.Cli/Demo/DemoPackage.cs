namespace IMU.Cli.Demo;

/// <summary>
/// The demo's maintenance, embedded in the <c>imu</c> assembly: a base FUNCTION every simulated system
/// has installed (the simulator's <c>--base</c>), four PTFs for it, and Enhanced HOLDDATA that puts one
/// of them in error (PE). Between them they show each kind of hold the orchestrator deals with.
/// </summary>
internal static class DemoPackage
{
    public const string BaseFile = "base.mcs";

    public const string ServiceFile = "service.mcs";

    public const string HoldDataFile = "holddata.txt";

    public const string BaseFunction = "HIF7710";

    /// <summary>No hold: active as soon as it is applied.</summary>
    public const string PlainPtf = "UJ91001";

    /// <summary>SYSTEM hold IPL: staged, active after each LPAR's IPL in its window.</summary>
    public const string IplPtf = "UJ91002";

    /// <summary>ERROR hold AA91013 from the HOLDDATA (PE): applied only because the rollout bypasses it, with a reason.</summary>
    public const string PeHeldPtf = "UJ91003";

    /// <summary>SYSTEM holds MULTSYS and IPL: onto every member of a sysplex as one unit, and no member IPLs onto it before all have it staged.</summary>
    public const string MultsysPtf = "UJ91004";

    /// <summary>The APAR that put <see cref="PeHeldPtf"/> in error.</summary>
    public const string PeApar = "AA91013";

    /// <summary>The rollout's BYPASS operands, in SMP/E's syntax.</summary>
    public const string Bypass = "HOLDERROR(" + PeApar + ")";

    /// <summary>Why the demo's systems programmer bypasses the PE hold; it goes into the audit record.</summary>
    public const string BypassReason = "AA91013 breaks only PARM=SUMMARY of the report writer, which no job here runs";

    public static IReadOnlyList<string> Ptfs { get; } = [PlainPtf, IplPtf, PeHeldPtf, MultsysPtf];

    public static IReadOnlyList<string> Files { get; } = [BaseFile, ServiceFile, HoldDataFile];

    /// <summary>The text of one of <see cref="Files"/>.</summary>
    public static string Read(string file)
    {
        using var resource = typeof(DemoPackage).Assembly.GetManifestResourceStream($"IMU.Cli.Demo.{file}")
            ?? throw new InvalidOperationException($"The demo file {file} is not embedded in the imu assembly.");
        using var reader = new StreamReader(resource);
        return reader.ReadToEnd();
    }
}
