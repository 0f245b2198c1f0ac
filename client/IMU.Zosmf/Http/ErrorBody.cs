using System.Text.Json.Serialization;

namespace IMU.Zosmf.Http;

/// <summary>
/// The JSON body of an error answer: z/OSMF's <c>{rc, reason, category, message}</c> (e.g. HTTP 400
/// rc 4 reason 10 for an unknown job) and the HMC's <c>{http-status, reason, message}</c> share
/// <c>reason</c> and <c>message</c>.
/// </summary>
internal sealed record ErrorBody
{
    [JsonPropertyName("rc")]
    public int? Rc { get; init; }

    [JsonPropertyName("reason")]
    public int? Reason { get; init; }

    [JsonPropertyName("category")]
    public int? Category { get; init; }

    [JsonPropertyName("message")]
    public string? Message { get; init; }
}
