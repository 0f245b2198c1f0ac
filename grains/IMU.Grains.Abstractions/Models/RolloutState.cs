using System.Text.Json.Serialization;

namespace IMU.Grains.Models;

/// <summary>Where a rollout is in its life, as <c>rollout status</c> prints it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RolloutState>))]
public enum RolloutState
{
    /// <summary>Planned and validated; nothing has touched a system.</summary>
    [JsonStringEnumMemberName("CREATED")]
    Created,

    /// <summary>Steps are running or about to start.</summary>
    [JsonStringEnumMemberName("RUNNING")]
    Running,

    /// <summary>Paused: steps in flight finish, no new ones start.</summary>
    [JsonStringEnumMemberName("PAUSED")]
    Paused,

    /// <summary>Nothing can start until something outside happens (an approval, a hold decision, an IPL window); the reasons say which.</summary>
    [JsonStringEnumMemberName("WAITING")]
    Waiting,

    /// <summary>Every wave is done.</summary>
    [JsonStringEnumMemberName("COMPLETED")]
    Completed,

    /// <summary>More LPARs failed than the rollout allows; untouched LPARs stay untouched.</summary>
    [JsonStringEnumMemberName("FAILED")]
    Failed,

    /// <summary>Stopped by a user; what was applied stays applied.</summary>
    [JsonStringEnumMemberName("ABORTED")]
    Aborted,

    /// <summary>Restoring the rollout's SYSMODs where it applied them.</summary>
    [JsonStringEnumMemberName("RESTORING")]
    Restoring,

    /// <summary>The rollout's SYSMODs are restored everywhere it applied them.</summary>
    [JsonStringEnumMemberName("RESTORED")]
    Restored,
}
