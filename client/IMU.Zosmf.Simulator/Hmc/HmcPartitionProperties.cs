using System.Text.Json.Serialization;

namespace IMU.Zosmf.Simulator.Hmc;

/// <summary>The logical-partition properties (<c>GET /api/logical-partitions/{id}</c>); the last-used load values are read-only.</summary>
internal sealed record HmcPartitionProperties
{
    [JsonPropertyName("object-id")]
    public required string ObjectId { get; init; }

    [JsonPropertyName("object-uri")]
    public required string ObjectUri { get; init; }

    [JsonPropertyName("parent")]
    public required string Parent { get; init; }

    [JsonPropertyName("class")]
    public string Class { get; init; } = "logical-partition";

    [JsonPropertyName("name")]
    public required string Name { get; init; }

    [JsonPropertyName("status")]
    public required string Status { get; init; }

    [JsonPropertyName("activation-mode")]
    public string ActivationMode { get; init; } = "esa390";

    [JsonPropertyName("last-used-load-address")]
    public required string LastUsedLoadAddress { get; init; }

    [JsonPropertyName("last-used-load-parameter")]
    public required string LastUsedLoadParameter { get; init; }
}
