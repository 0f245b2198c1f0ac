using System.Text.Json;

namespace IMU.Grains.Models;

/// <summary>
/// The one JSON form of these records that users see: <c>--json</c> output of the CLI and the HTTP API
/// both write it, so a script written against one reads the other. Property names are camelCase and
/// states are SMP/E's upper-case words (each enum carries its converter).
/// </summary>
public static class ContractJson
{
    /// <summary>Gets the serializer options of the public JSON contract.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { WriteIndented = true };
}
