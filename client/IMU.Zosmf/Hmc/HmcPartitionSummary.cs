using System.Text.Json.Serialization;

namespace IMU.Zosmf.Hmc;

/// <summary>One partition in the permitted-partitions list: enough to address it.</summary>
internal sealed record HmcPartitionSummary
{
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    [JsonPropertyName("object-uri")]
    public required string ObjectUri { get; init; }

    [JsonPropertyName("status")]
    public string? Status { get; init; }
}
