using System.Text.Json.Serialization;

namespace IMU.Zosmf.Simulator.Hmc;

/// <summary>The answer of <c>GET /api/console/operations/list-permitted-logical-partitions</c>.</summary>
internal sealed record HmcPartitionListAnswer([property: JsonPropertyName("logical-partitions")] IReadOnlyList<HmcPartitionItem> Partitions);
