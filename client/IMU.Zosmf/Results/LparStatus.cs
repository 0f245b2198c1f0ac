namespace IMU.Zosmf.Results;

/// <summary>The LPAR's status and load settings as the HMC reports them.</summary>
/// <param name="SystemName">The system.</param>
/// <param name="Status">The HMC status: <c>operating</c>, <c>not-operating</c>, <c>not-activated</c>, <c>exceptions</c>.</param>
/// <param name="LastUsedLoad">The load address and parameter of the last load.</param>
/// <param name="NextLoad">What the next load will use.</param>
public sealed record LparStatus(string SystemName, string Status, IplLoadSettings LastUsedLoad, IplLoadSettings NextLoad)
{
    /// <summary>True when the partition is running an operating system.</summary>
    public bool IsOperating => Status == "operating";
}
