using System.Text.Json.Serialization;

namespace IMU.Grains.Models;

/// <summary>Where one wave of a rollout is.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<WaveState>))]
public enum WaveState
{
    /// <summary>Not started.</summary>
    [JsonStringEnumMemberName("PENDING")]
    Pending,

    /// <summary>Its LPARs are being worked on.</summary>
    [JsonStringEnumMemberName("RUNNING")]
    Running,

    /// <summary>Its LPARs are done; it bakes, or the next wave waits for a health check or an approval.</summary>
    [JsonStringEnumMemberName("WAITING")]
    Waiting,

    /// <summary>Done, and the next wave may start.</summary>
    [JsonStringEnumMemberName("COMPLETED")]
    Completed,

    /// <summary>Never started: the rollout stopped first.</summary>
    [JsonStringEnumMemberName("SKIPPED")]
    Skipped,
}
