using System.Text.Json.Serialization;

namespace IMU.Cli.Output.Json;

/// <summary>
/// The one source-generated JSON context of the CLI. Property names are camelCase and enum values
/// SMP/E's upper-case words (<c>ALREADY_INSTALLED</c>, <c>IPL</c>), as the JSON contract says.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    WriteIndented = true)]
[JsonSerializable(typeof(IReadOnlyList<ParsedFileJson>))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
