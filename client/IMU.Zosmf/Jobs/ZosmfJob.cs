using System.Text.Json.Serialization;

namespace IMU.Zosmf.Jobs;

/// <summary>The z/OSMF job document (the subset the agent reads and the simulator writes).</summary>
internal sealed record ZosmfJob
{
    [JsonPropertyName("jobid")]
    public required string JobId { get; init; }

    [JsonPropertyName("jobname")]
    public required string JobName { get; init; }

    [JsonPropertyName("owner")]
    public string? Owner { get; init; }

    [JsonPropertyName("subsystem")]
    public string Subsystem { get; init; } = "JES2";

    [JsonPropertyName("status")]
    public required string Status { get; init; }

    [JsonPropertyName("type")]
    public string Type { get; init; } = "JOB";

    [JsonPropertyName("class")]
    public string? Class { get; init; }

    [JsonPropertyName("retcode")]
    public string? Retcode { get; init; }

    [JsonPropertyName("url")]
    public string? Url { get; init; }

    [JsonPropertyName("files-url")]
    public string? FilesUrl { get; init; }

    [JsonPropertyName("phase-name")]
    public string? PhaseName { get; init; }
}
