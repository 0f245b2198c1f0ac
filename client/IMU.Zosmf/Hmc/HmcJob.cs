using System.Text.Json.Serialization;

namespace IMU.Zosmf.Hmc;

/// <summary>
/// An asynchronous HMC job: the 202 answer names it (<c>job-uri</c>); <c>GET /api/jobs/{id}</c> gives
/// its <c>status</c> (<c>running</c>, <c>cancel-pending</c>, <c>canceled</c>, <c>complete</c>) and, once
/// complete, the operation's own HTTP status and reason code and its results.
/// </summary>
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

    [JsonPropertyName("job-results")]
    public HmcJobResults? JobResults { get; init; }
}
