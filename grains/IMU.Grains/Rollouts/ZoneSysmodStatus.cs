using System.Text.Json.Serialization;

namespace IMU.Grains.Rollouts;

/// <summary>Where one SYSMOD of a rollout is in one zone.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ZoneSysmodStatus>))]
public enum ZoneSysmodStatus
{
    /// <summary>Not checked yet (or to be checked again after a hold decision).</summary>
    Pending,

    /// <summary>APPLY CHECK says it would go in.</summary>
    Checked,

    /// <summary>In the zone.</summary>
    Applied,

    /// <summary>APPLY CHECK or APPLY held it.</summary>
    Held,

    /// <summary>A step failed for it.</summary>
    Failed,

    /// <summary>RESTOREd out of the zone.</summary>
    Restored,

    /// <summary>Never to be applied here: its MULTSYS group failed elsewhere, or the rollout stopped.</summary>
    Skipped,
}
