namespace IMU.Grains.Sysmods;

/// <summary>SMP/E's hold types and the SYSTEM reason IDs the orchestrator acts on, as the grains' records spell them.</summary>
internal static class HoldCategories
{
    public const string Error = "ERROR";
    public const string System = "SYSTEM";
    public const string User = "USER";
    public const string Fixcat = "FIXCAT";

    /// <summary>SYSTEM reason IPL: the SYSMOD takes effect only after an IPL.</summary>
    public const string IplReason = "IPL";

    /// <summary>SYSTEM reason MULTSYS: the SYSMOD must go onto several systems together.</summary>
    public const string MultsysReason = "MULTSYS";
}
