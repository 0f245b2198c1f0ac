using System.Text.Json.Serialization;

namespace IMU.Zosmf.Hmc;

/// <summary>
/// The logical-partition properties the agent reads (<c>GET /api/logical-partitions/{id}</c>). The
/// last-used load values are read-only: a load takes its address and parameter in its own body.
/// </summary>
internal sealed record HmcPartition
{
    [JsonPropertyName("object-uri")]
    public required string ObjectUri { get; init; }

    [JsonPropertyName("name")]
    public required string Name { get; init; }

    [JsonPropertyName("status")]
    public required string Status { get; init; }

    [JsonPropertyName("last-used-load-address")]
    public string? LastUsedLoadAddress { get; init; }

    [JsonPropertyName("last-used-load-parameter")]
    public string? LastUsedLoadParameter { get; init; }
}
