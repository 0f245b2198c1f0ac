using System.Text.Json.Serialization;

namespace IMU.Zosmf.Hmc;

/// <summary>The body of <c>POST /api/sessions</c> (Logon).</summary>
internal sealed record HmcLogonRequest(
    [property: JsonPropertyName("userid")] string UserId,
    [property: JsonPropertyName("password")] string Password);
