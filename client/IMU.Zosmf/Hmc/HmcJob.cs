using System.Text.Json.Serialization;

namespace IMU.Zosmf.Hmc;

/// <summary>An asynchronous HMC job (GET /api/jobs/{id}) and the 202 answer that names it.</summary>
internal sealed record HmcJob
{
    [JsonPropertyName("job-uri")]
    public string? JobUri { get; init; }

    [JsonPropertyName("status")]
    public string? Status { get; init; }

    [JsonPropertyName("job-status-code")]
    public int? JobStatusCode { get; init; }

    [JsonPropertyName("job-reason-code")]
    public int? JobReasonCode { get; init; }
}
