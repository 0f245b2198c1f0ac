using System.Text.Json.Serialization;

namespace IMU.Zosmf.Simulator.Hmc;

/// <summary>An HMC error answer: <c>{http-status, reason, message, request-method, request-uri}</c>.</summary>
internal sealed record HmcErrorBody(
    [property: JsonPropertyName("http-status")] int HttpStatus,
    [property: JsonPropertyName("reason")] int Reason,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("request-method")] string RequestMethod,
    [property: JsonPropertyName("request-uri")] string RequestUri);
