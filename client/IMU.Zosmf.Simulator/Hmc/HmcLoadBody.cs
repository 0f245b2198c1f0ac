using System.Text.Json.Serialization;

namespace IMU.Zosmf.Simulator.Hmc;

/// <summary>The Load body; every field is optional (a load address defaults to the last used one, as on a z14 and later).</summary>
internal sealed record HmcLoadBody
{
    [JsonPropertyName("load-address")]
    public string? LoadAddress { get; init; }

    [JsonPropertyName("load-parameter")]
    public string? LoadParameter { get; init; }

    [JsonPropertyName("force")]
    public bool? Force { get; init; }

    [JsonPropertyName("clear-indicator")]
    public bool? ClearIndicator { get; init; }

    [JsonPropertyName("store-status-indicator")]
    public bool? StoreStatusIndicator { get; init; }
}
