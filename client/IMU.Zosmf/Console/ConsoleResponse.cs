using System.Text.Json.Serialization;

namespace IMU.Zosmf.Console;

/// <summary>
/// A console command's solicited answer (<c>PUT .../consoles/{name}</c>) or a follow-up collection
/// (<c>GET .../consoles/{name}/solmsgs/{key}</c>). <c>cmd-response</c> is empty when nothing arrived
/// in time; the rest is then collected with the key.
/// </summary>
internal sealed record ConsoleResponse
{
    [JsonPropertyName("cmd-response")]
    public string CommandResponse { get; init; } = string.Empty;

    [JsonPropertyName("cmd-response-key")]
    public string? CommandResponseKey { get; init; }

    [JsonPropertyName("cmd-response-url")]
    public string? CommandResponseUrl { get; init; }

    [JsonPropertyName("cmd-response-uri")]
    public string? CommandResponseUri { get; init; }
}
