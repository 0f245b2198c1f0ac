using System.Text.Json.Serialization;

namespace IMU.Zosmf.Simulator.Zosmf;

/// <summary>The body of <c>PUT /zosmf/restconsoles/consoles/{name}</c>; <c>cmd</c> is required.</summary>
internal sealed record ZosmfConsoleBody
{
    [JsonPropertyName("cmd")]
    public string? Command { get; init; }

    [JsonPropertyName("sol-key")]
    public string? SolicitedKey { get; init; }

    [JsonPropertyName("system")]
    public string? System { get; init; }

    [JsonPropertyName("async")]
    public string? Async { get; init; }
}
