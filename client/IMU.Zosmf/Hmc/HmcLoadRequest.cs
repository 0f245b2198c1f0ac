using System.Text.Json.Serialization;

namespace IMU.Zosmf.Hmc;

/// <summary>The body of the Load operation and of the next-load property update.</summary>
internal sealed record HmcLoadRequest(
    [property: JsonPropertyName("load-address")] string LoadAddress,
    [property: JsonPropertyName("load-parameter")] string LoadParameter);
