using System.Text.Json.Serialization;

namespace IMU.Zosmf.Hmc;

/// <summary>The Logon answer: the session id every later request carries in <c>X-API-Session</c>.</summary>
internal sealed record HmcLogonResponse
{
    [JsonPropertyName("api-session")]
    public required string ApiSession { get; init; }
}
