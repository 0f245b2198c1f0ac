using System.Text.Json.Serialization;

namespace IMU.Grains.Models;

/// <summary>Where an LPAR's IPL for a rollout is.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LparIplState>))]
public enum LparIplState
{
    /// <summary>No IPL asked for (or it is done).</summary>
    [JsonStringEnumMemberName("NONE")]
    None,

    /// <summary>Waiting for the LPAR's next usable IPL window.</summary>
    [JsonStringEnumMemberName("SCHEDULED")]
    Scheduled,

    /// <summary>The HMC load is running.</summary>
    [JsonStringEnumMemberName("IPLING")]
    InProgress,

    /// <summary>The IPL failed; the changes stay staged.</summary>
    [JsonStringEnumMemberName("FAILED")]
    Failed,
}
