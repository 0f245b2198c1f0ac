namespace IMU.Zosmf.Results;

/// <summary>What the LPAR loads at its next IPL.</summary>
/// <param name="LoadAddress">The sysres device number, 4 hex digits (e.g. <c>0A82</c>).</param>
/// <param name="LoadParameter">The 8-character load parameter: IODF device, LOADxx suffix, IMSI, NUCLEUS suffix.</param>
public sealed record IplLoadSettings(string LoadAddress, string LoadParameter);
