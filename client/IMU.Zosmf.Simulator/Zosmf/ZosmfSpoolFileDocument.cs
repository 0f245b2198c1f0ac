using System.Text.Json.Serialization;

namespace IMU.Zosmf.Simulator.Zosmf;

/// <summary>One spool file in <c>GET .../jobs/{name}/{id}/files</c>.</summary>
internal sealed record ZosmfSpoolFileDocument
{
    [JsonPropertyName("jobname")]
    public required string JobName { get; init; }

    [JsonPropertyName("jobid")]
    public required string JobId { get; init; }

    [JsonPropertyName("ddname")]
    public required string DdName { get; init; }

    [JsonPropertyName("stepname")]
    public required string StepName { get; init; }

    [JsonPropertyName("procstep")]
    public string? ProcStep { get; init; }

    [JsonPropertyName("id")]
    public required int Id { get; init; }

    [JsonPropertyName("class")]
    public required string Class { get; init; }

    [JsonPropertyName("recfm")]
    public required string Recfm { get; init; }

    [JsonPropertyName("lrecl")]
    public required int Lrecl { get; init; }

    [JsonPropertyName("byte-count")]
    public required int ByteCount { get; init; }

    [JsonPropertyName("record-count")]
    public required int RecordCount { get; init; }

    [JsonPropertyName("records-url")]
    public required string RecordsUrl { get; init; }
}
