using System.Text.Json.Serialization;

namespace IMU.Zosmf.Simulator.Hmc;

/// <summary>The Logon answer.</summary>
internal sealed record HmcLogonAnswer(
    [property: JsonPropertyName("api-session")] string ApiSession,
    [property: JsonPropertyName("api-major-version")] int ApiMajorVersion,
    [property: JsonPropertyName("api-minor-version")] int ApiMinorVersion);
