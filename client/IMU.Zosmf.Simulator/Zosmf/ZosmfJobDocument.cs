using System.Text.Json.Serialization;

namespace IMU.Zosmf.Simulator.Zosmf;

/// <summary>The z/OSMF job document (z/OSMF REST jobs interface, "JSON document for a job").</summary>
internal sealed record ZosmfJobDocument
{
    [JsonPropertyName("jobid")]
    public required string JobId { get; init; }

    [JsonPropertyName("jobname")]
    public required string JobName { get; init; }

    [JsonPropertyName("subsystem")]
    public string Subsystem { get; init; } = "JES2";

    [JsonPropertyName("owner")]
    public required string Owner { get; init; }

    [JsonPropertyName("status")]
    public required string Status { get; init; }

    [JsonPropertyName("type")]
    public string Type { get; init; } = "JOB";

    [JsonPropertyName("class")]
    public required string Class { get; init; }

    [JsonPropertyName("retcode")]
    public string? Retcode { get; init; }

    [JsonPropertyName("url")]
    public required string Url { get; init; }

    [JsonPropertyName("files-url")]
    public required string FilesUrl { get; init; }

    [JsonPropertyName("job-correlator")]
    public required string JobCorrelator { get; init; }

    [JsonPropertyName("phase")]
    public int Phase { get; init; }

    [JsonPropertyName("phase-name")]
    public required string PhaseName { get; init; }

    [JsonPropertyName("exec-system")]
    public string? ExecSystem { get; init; }

    [JsonPropertyName("exec-started")]
    public string? ExecStarted { get; init; }

    [JsonPropertyName("exec-ended")]
    public string? ExecEnded { get; init; }
}
