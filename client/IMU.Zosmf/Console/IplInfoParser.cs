using System.Globalization;
using System.Text.RegularExpressions;
using IMU.Zosmf.Results;

namespace IMU.Zosmf.Console;

/// <summary>
/// Reads the IEE254I answer to <c>D IPLINFO</c> (z/OS MVS System Commands, DISPLAY IPLINFO):
/// <c>SYSTEM IPLED AT hh.mm.ss ON mm/dd/yyyy</c>, <c>USED LOADxx IN dsn ON dev</c> and
/// <c>IPL DEVICE: ORIGINAL(dev) CURRENT(dev) VOLUME(volser)</c>. Device numbers have 4 hex digits,
/// or 5 with the subchannel set; the time is the system's local time.
/// </summary>
internal static partial class IplInfoParser
{
    /// <summary>The IPL information, or null when the answer is not (yet) a complete IEE254I.</summary>
    /// <param name="systemName">The system.</param>
    /// <param name="response">The answer, lines separated by line feeds.</param>
    /// <param name="utcOffset">The system's local time offset from UTC, subtracted from the printed IPL time.</param>
    public static IplInfo? Parse(string systemName, string response, TimeSpan utcOffset)
    {
        var ipled = IplTimePattern().Match(response);
        var device = IplDevicePattern().Match(response);
        var load = LoadPattern().Match(response);
        if (!response.Contains("IEE254I", StringComparison.Ordinal) || !ipled.Success || !device.Success || !load.Success)
        {
            return null;
        }

        var local = DateTime.ParseExact($"{ipled.Groups[2].Value} {ipled.Groups[1].Value}", "MM/dd/yyyy HH.mm.ss", CultureInfo.InvariantCulture, DateTimeStyles.None);
        return new IplInfo(systemName, new DateTimeOffset(local, utcOffset).ToUniversalTime(), device.Groups[1].Value, device.Groups[2].Value, load.Groups[1].Value);
    }

    [GeneratedRegex(@"SYSTEM IPLED AT (\d\d\.\d\d\.\d\d) ON (\d\d/\d\d/\d{4})")]
    private static partial Regex IplTimePattern();

    [GeneratedRegex(@"IPL DEVICE: ORIGINAL\([0-9A-F]{4,5}\) CURRENT\(([0-9A-F]{4,5})\) VOLUME\(([A-Z0-9#@$]{1,6})\)")]
    private static partial Regex IplDevicePattern();

    [GeneratedRegex(@"USED (LOAD[0-9A-Z]{2}) IN ")]
    private static partial Regex LoadPattern();
}
