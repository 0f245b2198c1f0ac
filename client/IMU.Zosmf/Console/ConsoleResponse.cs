using System.Text.Json.Serialization;

namespace IMU.Zosmf.Console;

/// <summary>The console command's solicited response.</summary>
internal sealed record ConsoleResponse
{
    [JsonPropertyName("cmd-response")]
    public string CommandResponse { get; init; } = string.Empty;

    [JsonPropertyName("cmd-response-key")]
    public string? CommandResponseKey { get; init; }
}
