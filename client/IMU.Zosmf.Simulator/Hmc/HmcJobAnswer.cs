using System.Text.Json.Serialization;

namespace IMU.Zosmf.Simulator.Hmc;

/// <summary>Query Job Status; the 202 answer of an asynchronous operation carries only <c>job-uri</c>.</summary>
internal sealed record HmcJobAnswer
{
    [JsonPropertyName("job-uri")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? JobUri { get; init; }

    [JsonPropertyName("status")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Status { get; init; }

    [JsonPropertyName("job-status-code")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? JobStatusCode { get; init; }

    [JsonPropertyName("job-reason-code")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? JobReasonCode { get; init; }

    [JsonPropertyName("job-results")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public HmcJobResultsBody? JobResults { get; init; }
}
