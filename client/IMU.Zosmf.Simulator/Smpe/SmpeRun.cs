namespace IMU.Zosmf.Simulator.Smpe;

/// <summary>What one GIMSMP step printed and did.</summary>
/// <param name="ReturnCode">The step return code (the highest command return code).</param>
/// <param name="SmpOut">SMPOUT records with carriage control.</param>
/// <param name="SmpRpt">SMPRPT records with carriage control.</param>
/// <param name="SmpList">SMPLIST records with carriage control; empty when nothing was listed.</param>
/// <param name="Executed">The SMP/E commands executed, in order.</param>
internal sealed record SmpeRun(int ReturnCode, string SmpOut, string SmpRpt, string SmpList, IReadOnlyList<ExecutedCommand> Executed)
{
    /// <summary>APPLY commands without CHECK that ran (the double-APPLY guard counts these).</summary>
    public int AppliesExecuted => Executed.Count(c => c is { Command: "APPLY", Check: false });
}
