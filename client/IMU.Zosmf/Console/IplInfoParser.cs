using System.Globalization;
using System.Text.RegularExpressions;
using IMU.Zosmf.Results;

namespace IMU.Zosmf.Console;

/// <summary>
/// Reads the IEE254I answer to <c>D IPLINFO</c>: <c>SYSTEM IPLED AT hh.mm.ss ON mm/dd/yyyy</c>,
/// <c>USED LOADxx IN dsn ON dev</c> and <c>IPL DEVICE: ORIGINAL(dev) CURRENT(dev) VOLUME(volser)</c>.
/// </summary>
internal static partial class IplInfoParser
{
    public static IplInfo? Parse(string systemName, string response)
    {
        var ipled = IplTimePattern().Match(response);
        var device = IplDevicePattern().Match(response);
        var load = LoadPattern().Match(response);
        if (!ipled.Success || !device.Success || !load.Success)
        {
            return null;
        }

        var time = DateTime.ParseExact(
            $"{ipled.Groups[2].Value} {ipled.Groups[1].Value}",
            "MM/dd/yyyy HH.mm.ss",
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
        return new IplInfo(systemName, new DateTimeOffset(time, TimeSpan.Zero), device.Groups[1].Value, device.Groups[2].Value, load.Groups[1].Value);
    }

    /// <summary>Formats the answer the simulator prints, in the same layout this parser reads.</summary>
    public static string Format(DateTimeOffset now, IplInfo info, string loadDevice) => string.Join(
        '\n',
        $"IEE254I  {now:HH.mm.ss} IPLINFO DISPLAY",
        $" SYSTEM IPLED AT {info.IplTime:HH.mm.ss} ON {info.IplTime:MM/dd/yyyy}",
        " RELEASE z/OS 03.01.00    LICENSE = z/OS",
        $" USED {info.LoadMember} IN SYS0.IPLPARM ON {loadDevice}",
        " ARCHLVL = 2   MTLSHARE = N",
        " IEASYM LIST = (00,L)",
        " IEASYS LIST = (00) (OP)",
        $" IODF DEVICE: ORIGINAL({loadDevice}) CURRENT({loadDevice})",
        $" IPL DEVICE: ORIGINAL({info.IplDevice}) CURRENT({info.IplDevice}) VOLUME({info.IplVolume})");

    [GeneratedRegex(@"SYSTEM IPLED AT (\d\d\.\d\d\.\d\d) ON (\d\d/\d\d/\d{4})")]
    private static partial Regex IplTimePattern();

    [GeneratedRegex(@"IPL DEVICE: ORIGINAL\(\w+\) CURRENT\((\w+)\) VOLUME\(([A-Z0-9#@$]+)\)")]
    private static partial Regex IplDevicePattern();

    [GeneratedRegex(@"USED (LOAD\w\w) IN ")]
    private static partial Regex LoadPattern();
}
