using System.Text.Json.Serialization;

namespace IMU.Zosmf.Hmc;

/// <summary>
/// The body of <c>POST /api/logical-partitions/{id}/operations/load</c>. <c>force</c> is needed to
/// load an LPAR that is operating.
/// </summary>
internal sealed record HmcLoadRequest(
    [property: JsonPropertyName("load-address")] string LoadAddress,
    [property: JsonPropertyName("load-parameter")] string LoadParameter,
    [property: JsonPropertyName("force")] bool Force);
