using System.Globalization;
using System.Xml;

namespace IMU.Grains.Fleet;

/// <summary>ISO-8601 durations (<c>PT2H</c>, <c>P7D</c>) and UTC times, as the fleet file takes them and reasons print them.</summary>
internal static class Iso8601
{
    /// <summary>Parses a positive duration without years or months (their length varies), or says why not.</summary>
    public static (TimeSpan Value, string? Problem) ParseDuration(string what, string text)
    {
        var datePart = text.Split('T')[0];
        if (datePart.Contains('Y', StringComparison.Ordinal) || datePart.Contains('M', StringComparison.Ordinal))
        {
            return (default, $"{what} '{text}' uses years or months, whose length varies; give days instead (P28D)");
        }

        TimeSpan value;
        try
        {
            value = XmlConvert.ToTimeSpan(text);
        }
        catch (FormatException)
        {
            return (default, $"{what} '{text}' is not an ISO-8601 duration such as PT2H, PT90M or P7D");
        }

        return value <= TimeSpan.Zero ? (default, $"{what} '{text}' must be longer than zero") : (value, null);
    }

    /// <summary>Writes a duration the way the fleet file takes it.</summary>
    public static string Format(TimeSpan value) => XmlConvert.ToString(value);

    /// <summary>Writes a time in UTC to the second, e.g. <c>2026-12-06T02:00:00Z</c>.</summary>
    public static string Format(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
