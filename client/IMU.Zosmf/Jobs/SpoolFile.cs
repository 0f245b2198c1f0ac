using System.Text.Json.Serialization;

namespace IMU.Zosmf.Jobs;

/// <summary>One spool data set of a job, as listed by <c>GET .../files</c>.</summary>
internal sealed record SpoolFile
{
    [JsonPropertyName("ddname")]
    public required string DdName { get; init; }

    [JsonPropertyName("stepname")]
    public string? StepName { get; init; }

    [JsonPropertyName("procstep")]
    public string? ProcStep { get; init; }

    [JsonPropertyName("id")]
    public required int Id { get; init; }

    [JsonPropertyName("record-count")]
    public int RecordCount { get; init; }

    [JsonPropertyName("byte-count")]
    public int ByteCount { get; init; }

    [JsonPropertyName("recfm")]
    public string? Recfm { get; init; }

    [JsonPropertyName("lrecl")]
    public int Lrecl { get; init; } = 121;

    [JsonPropertyName("records-url")]
    public string? RecordsUrl { get; init; }
}
