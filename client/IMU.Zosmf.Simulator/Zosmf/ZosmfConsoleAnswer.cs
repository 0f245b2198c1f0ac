using System.Text.Json.Serialization;

namespace IMU.Zosmf.Simulator.Zosmf;

/// <summary>A console command's answer, or the answer of a collection by its key.</summary>
internal sealed record ZosmfConsoleAnswer
{
    [JsonPropertyName("cmd-response")]
    public required string CommandResponse { get; init; }

    [JsonPropertyName("cmd-response-key")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CommandResponseKey { get; init; }

    [JsonPropertyName("cmd-response-url")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CommandResponseUrl { get; init; }

    [JsonPropertyName("cmd-response-uri")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CommandResponseUri { get; init; }
}
