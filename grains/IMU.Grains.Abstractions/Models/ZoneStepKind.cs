using System.Text.Json.Serialization;

namespace IMU.Grains.Models;

/// <summary>The SMP/E commands a zone grain runs for a rollout, one at a time.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ZoneStepKind>))]
public enum ZoneStepKind
{
    /// <summary>RECEIVE the SYSMODs (and their HOLDDATA) into the system's global zone.</summary>
    [JsonStringEnumMemberName("RECEIVE")]
    Receive,

    /// <summary>APPLY CHECK: what APPLY would do, changing nothing.</summary>
    [JsonStringEnumMemberName("APPLYCHECK")]
    ApplyCheck,

    /// <summary>APPLY into the target zone.</summary>
    [JsonStringEnumMemberName("APPLY")]
    Apply,

    /// <summary>LIST the zone, then RESTORE what is applied and not accepted.</summary>
    [JsonStringEnumMemberName("RESTORE")]
    Restore,
}
