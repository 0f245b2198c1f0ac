namespace IMU.Zosmf.Simulator;

/// <summary>What one GIMSMP step printed and how it ended.</summary>
/// <param name="ReturnCode">The step return code (highest command return code).</param>
/// <param name="SmpOut">SMPOUT: GIM messages.</param>
/// <param name="SmpRpt">SMPRPT: summary reports.</param>
/// <param name="SmpList">SMPLIST: LIST output, empty when nothing was listed.</param>
/// <param name="AppliesExecuted">How many APPLY commands ran without CHECK (the double-APPLY guard counts these).</param>
internal sealed record SmpeRun(int ReturnCode, string SmpOut, string SmpRpt, string SmpList, int AppliesExecuted);
