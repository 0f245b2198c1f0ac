using System.Globalization;
using System.Text.Json;
using IMU.Grains.Models;

namespace IMU.Cli.Output;

/// <summary>
/// How the cluster commands print the grains' records: <c>--json</c> as the public contract
/// (<see cref="ContractJson.Options"/>, the same JSON the HTTP API writes), and the words of tables.
/// </summary>
internal static class ContractOutput
{
    /// <summary>One JSON document per line, for <c>--watch --json</c>: the contract's field names, unindented.</summary>
    private static readonly JsonSerializerOptions s_lines = new(ContractJson.Options) { WriteIndented = false };

    public static void WriteJson<T>(TextWriter writer, T value) => writer.WriteLine(JsonSerializer.Serialize(value, ContractJson.Options));

    public static void WriteJsonLine<T>(TextWriter writer, T value) => writer.WriteLine(JsonSerializer.Serialize(value, s_lines));

    /// <summary>An enum value in the contract's word (RUNNING, STAGED, IPL, ...), exactly as <c>--json</c> writes it.</summary>
    public static string Word<T>(T value)
        where T : struct, Enum => JsonSerializer.Serialize(value, ContractJson.Options).Trim('"');

    /// <summary>A UTC time as ISO 8601 to the second, or <paramref name="none"/>.</summary>
    public static string Time(DateTimeOffset? at, string none = "-") =>
        at is { } value ? value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) : none;

    /// <summary>Writes <paramref name="table"/>, or NONE when it has no rows (a header over nothing reads as a bug).</summary>
    public static void WriteTable(TextTable table, TextWriter writer)
    {
        if (table.Count == 0)
        {
            writer.WriteLine("NONE");
        }
        else
        {
            table.WriteTo(writer);
        }
    }

    public static string YesNo(bool value) => value ? "YES" : "NO";

    public static string List(IEnumerable<string> values, string none = "-") => values.Any() ? string.Join(", ", values) : none;
}
