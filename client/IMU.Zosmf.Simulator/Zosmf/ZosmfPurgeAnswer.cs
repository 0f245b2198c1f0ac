using System.Text.Json.Serialization;

namespace IMU.Zosmf.Simulator.Zosmf;

/// <summary>The answer of <c>DELETE .../jobs/{name}/{id}</c> (cancel and purge); <c>status</c> 0 means done.</summary>
internal sealed record ZosmfPurgeAnswer(
    [property: JsonPropertyName("jobid")] string JobId,
    [property: JsonPropertyName("jobname")] string JobName,
    [property: JsonPropertyName("original-jobid")] string OriginalJobId,
    [property: JsonPropertyName("owner")] string Owner,
    [property: JsonPropertyName("member")] string Member,
    [property: JsonPropertyName("sysname")] string SystemName,
    [property: JsonPropertyName("job-correlator")] string JobCorrelator,
    [property: JsonPropertyName("status")] int Status);
