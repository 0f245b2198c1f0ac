using System.Text.Json.Serialization;

namespace IMU.Zosmf.Simulator.Hmc;

/// <summary>The Logon body (<c>POST /api/sessions</c>).</summary>
internal sealed record HmcLogonBody
{
    [JsonPropertyName("userid")]
    public string? UserId { get; init; }

    [JsonPropertyName("password")]
    public string? Password { get; init; }
}
