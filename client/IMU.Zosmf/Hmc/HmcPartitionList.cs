using System.Text.Json.Serialization;

namespace IMU.Zosmf.Hmc;

/// <summary>The answer of <c>GET /api/console/operations/list-permitted-logical-partitions</c>.</summary>
internal sealed record HmcPartitionList
{
    [JsonPropertyName("logical-partitions")]
    public IReadOnlyList<HmcPartitionSummary> Partitions { get; init; } = [];
}
