using System.Globalization;
using System.Text.Json;
using IMU.Cli.Output;
using IMU.Grains.Models;

namespace IMU.Cli.Demo;

/// <summary>States as the contract spells them (PENDING, STAGED, ...), and text from the cluster made safe for a terminal.</summary>
internal static class DemoWords
{
    public static string Of<T>(T value)
        where T : struct, Enum => JsonSerializer.Serialize(value, ContractJson.Options).Trim('"');

    /// <summary>Control characters escaped, as every other command prints: text from the cluster may carry MCS comments.</summary>
    public static string Safe(string text) => EscapingTextWriter.Escape(text);

    public static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";
}
