using System.Text.Json.Serialization;

namespace IMU.Zosmf.Simulator.Control;

/// <summary>The body of <c>POST /simulator/systems/{name}/faults</c>.</summary>
internal sealed record FaultBody
{
    [JsonPropertyName("operation")]
    public string? Operation { get; init; }

    [JsonPropertyName("kind")]
    public string? Kind { get; init; }

    [JsonPropertyName("count")]
    public int? Count { get; init; }

    [JsonPropertyName("seconds")]
    public double? Seconds { get; init; }
}
