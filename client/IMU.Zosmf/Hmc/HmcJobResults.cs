using System.Text.Json.Serialization;

namespace IMU.Zosmf.Hmc;

/// <summary>The <c>job-results</c> of a job that ended with an error: the HMC's message.</summary>
internal sealed record HmcJobResults
{
    [JsonPropertyName("message")]
    public string? Message { get; init; }
}
