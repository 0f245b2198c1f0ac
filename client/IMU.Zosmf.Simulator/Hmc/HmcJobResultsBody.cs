using System.Text.Json.Serialization;

namespace IMU.Zosmf.Simulator.Hmc;

/// <summary>The <c>job-results</c> of a job that ended with an error.</summary>
internal sealed record HmcJobResultsBody([property: JsonPropertyName("message")] string Message);
