namespace IMU.Zosmf.Results;

/// <summary>The LPAR as the HMC reports it.</summary>
/// <param name="SystemName">The system.</param>
/// <param name="Status">The HMC status: <c>operating</c>, <c>not-operating</c>, <c>not-activated</c>, <c>exceptions</c>, ...</param>
/// <param name="LastUsedLoad">The load address and parameter of the last load (<c>last-used-load-address</c>, <c>last-used-load-parameter</c>); null when the HMC has none.</param>
public sealed record LparStatus(string SystemName, string Status, IplLoadSettings? LastUsedLoad)
{
    /// <summary>True when the partition runs an operating system (a load needs <c>force</c>).</summary>
    public bool IsOperating => Status == "operating";
}
