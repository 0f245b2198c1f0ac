using System.Text.Json.Serialization;

namespace IMU.Zosmf.Hmc;

/// <summary>The logical-partition properties the agent reads (GET /api/logical-partitions/{id}).</summary>
internal sealed record HmcPartition
{
    [JsonPropertyName("object-id")]
    public required string ObjectId { get; init; }

    [JsonPropertyName("name")]
    public required string Name { get; init; }

    [JsonPropertyName("status")]
    public required string Status { get; init; }

    [JsonPropertyName("last-used-load-address")]
    public string LastUsedLoadAddress { get; init; } = string.Empty;

    [JsonPropertyName("last-used-load-parameter")]
    public string LastUsedLoadParameter { get; init; } = string.Empty;

    [JsonPropertyName("next-load-address")]
    public string NextLoadAddress { get; init; } = string.Empty;

    [JsonPropertyName("next-load-parameter")]
    public string NextLoadParameter { get; init; } = string.Empty;
}
