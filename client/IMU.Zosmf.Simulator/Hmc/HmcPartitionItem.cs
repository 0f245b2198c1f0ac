using System.Text.Json.Serialization;

namespace IMU.Zosmf.Simulator.Hmc;

/// <summary>One partition in List Permitted Logical Partitions.</summary>
internal sealed record HmcPartitionItem(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("object-uri")] string ObjectUri,
    [property: JsonPropertyName("activation-mode")] string ActivationMode,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("has-unacceptable-status")] bool HasUnacceptableStatus,
    [property: JsonPropertyName("cpc-name")] string CpcName,
    [property: JsonPropertyName("cpc-object-uri")] string CpcObjectUri);
