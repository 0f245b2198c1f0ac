using System.Text.Json.Serialization;

namespace IMU.Cli.Output.Json;

/// <summary>
/// The one source-generated JSON context of the CLI. Property names are camelCase; values are
/// SMP/E's upper-case words (<c>ALREADY_INSTALLED</c>, <c>IPL</c>), mapped by <see cref="SmpeWords"/>.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true)]
[JsonSerializable(typeof(ParsedSysmodJson))]
[JsonSerializable(typeof(ParsedHoldJson))]
[JsonSerializable(typeof(ParseErrorJson))]
[JsonSerializable(typeof(CommandResultJson))]
[JsonSerializable(typeof(ReceiveResultJson))]
[JsonSerializable(typeof(IReadOnlyList<ElementJson>))]
[JsonSerializable(typeof(IReadOnlyList<ZoneSysmodJson>))]
[JsonSerializable(typeof(IReadOnlyList<ErrSysmodJson>))]
[JsonSerializable(typeof(IReadOnlyList<MissingFixJson>))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
