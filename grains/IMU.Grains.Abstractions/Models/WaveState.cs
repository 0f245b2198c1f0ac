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

    /// <summary>Its LPARs are done; it bakes, or its LPARs have not yet answered the health check.</summary>
    [JsonStringEnumMemberName("WAITING")]
    Waiting,

    /// <summary>The wave before it is done, baked and healthy; it starts once someone approves it (<c>--approve-waves</c>).</summary>
    [JsonStringEnumMemberName("AWAITING_APPROVAL")]
    AwaitingApproval,

    /// <summary>Done, and the next wave may start.</summary>
    [JsonStringEnumMemberName("COMPLETED")]
    Completed,

    /// <summary>Never started: the rollout stopped first.</summary>
    [JsonStringEnumMemberName("SKIPPED")]
    Skipped,
}
