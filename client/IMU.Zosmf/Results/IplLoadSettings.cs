using System.Text.RegularExpressions;

namespace IMU.Zosmf.Results;

/// <summary>What an LPAR loads: the IPL device and the load parameter.</summary>
public sealed partial record IplLoadSettings
{
    /// <summary>Creates load settings, refusing values the HMC's Load operation does not take.</summary>
    /// <param name="loadAddress">The sysres device number: 4 hex digits, or 5 with the subchannel set (e.g. <c>0A82</c>, <c>10A82</c>).</param>
    /// <param name="loadParameter">The load parameter, up to 8 characters: IODF device (4), LOADxx suffix (2), IMSI (1), nucleus suffix (1); empty for none.</param>
    public IplLoadSettings(string loadAddress, string loadParameter)
    {
        ArgumentNullException.ThrowIfNull(loadAddress);
        ArgumentNullException.ThrowIfNull(loadParameter);
        if (!LoadAddressPattern().IsMatch(loadAddress))
        {
            throw new ArgumentException($"load address '{loadAddress}' must be 4 or 5 hex digits (e.g. 0A82).", nameof(loadAddress));
        }

        if (!LoadParameterPattern().IsMatch(loadParameter))
        {
            throw new ArgumentException($"load parameter '{loadParameter}' must be up to 8 of A-Z 0-9 . @ # $ (e.g. 0A8201M1).", nameof(loadParameter));
        }

        LoadAddress = loadAddress;
        LoadParameter = loadParameter;
    }

    /// <summary>The sysres device number.</summary>
    public string LoadAddress { get; }

    /// <summary>The load parameter; empty for none.</summary>
    public string LoadParameter { get; }

    [GeneratedRegex("^[0-9A-F]{4,5}$")]
    private static partial Regex LoadAddressPattern();

    [GeneratedRegex("^[A-Z0-9.@#$]{0,8}$")]
    private static partial Regex LoadParameterPattern();
}
