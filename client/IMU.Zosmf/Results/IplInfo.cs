namespace IMU.Zosmf.Results;

/// <summary>Where and when a system last IPLed, from the IEE254I answer to <c>D IPLINFO</c>.</summary>
/// <param name="SystemName">The system.</param>
/// <param name="IplTime">When it IPLed, in UTC (the system's local time less its configured offset).</param>
/// <param name="IplDevice">The IPL device number (4 or 5 hex digits; 5 with the subchannel set).</param>
/// <param name="IplVolume">The sysres volser; the active level is the level built onto this volume.</param>
/// <param name="LoadMember">The LOADxx member used, e.g. <c>LOAD01</c>.</param>
public sealed record IplInfo(string SystemName, DateTimeOffset IplTime, string IplDevice, string IplVolume, string LoadMember)
{
    /// <summary>The active level: the sysres volume the system runs from.</summary>
    public string ActiveLevel => IplVolume;
}
