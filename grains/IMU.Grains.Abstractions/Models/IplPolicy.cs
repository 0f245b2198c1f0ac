using System.Text.Json.Serialization;

namespace IMU.Grains.Models;

/// <summary>Whether a rollout IPLs the LPARs that have staged changes (<c>--ipl window|none</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<IplPolicy>))]
public enum IplPolicy
{
    /// <summary>IPL each LPAR through the HMC at the start of its next usable IPL window.</summary>
    [JsonStringEnumMemberName("window")]
    Window,

    /// <summary>Never IPL; the change becomes active when an IPL by anyone shows in <c>D IPLINFO</c>.</summary>
    [JsonStringEnumMemberName("none")]
    None,
}
