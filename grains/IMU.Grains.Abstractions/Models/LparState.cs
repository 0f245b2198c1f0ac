using System.Text.Json.Serialization;

namespace IMU.Grains.Models;

/// <summary>Where one LPAR is in a rollout (and, for a SYSMOD, where that SYSMOD is on the LPAR).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LparState>))]
public enum LparState
{
    /// <summary>Nothing done yet.</summary>
    [JsonStringEnumMemberName("PENDING")]
    Pending,

    /// <summary>RECEIVEd and APPLY CHECKed without a problem.</summary>
    [JsonStringEnumMemberName("CHECKED")]
    Checked,

    /// <summary>APPLYed, and active without an IPL.</summary>
    [JsonStringEnumMemberName("APPLIED")]
    Applied,

    /// <summary>APPLYed to the zone the LPAR IPLs from; active at its next IPL.</summary>
    [JsonStringEnumMemberName("STAGED")]
    Staged,

    /// <summary>The LPAR has IPLed onto the change.</summary>
    [JsonStringEnumMemberName("ACTIVE")]
    Active,

    /// <summary>Held by a hold nobody resolved or bypassed; waiting for a decision.</summary>
    [JsonStringEnumMemberName("HELD")]
    Held,

    /// <summary>A step failed; the reasons say which and why.</summary>
    [JsonStringEnumMemberName("FAILED")]
    Failed,

    /// <summary>RESTOREd: the rollout's change is out of the zone again.</summary>
    [JsonStringEnumMemberName("RESTORED")]
    Restored,

    /// <summary>Left untouched because the rollout stopped before it got there.</summary>
    [JsonStringEnumMemberName("SKIPPED")]
    Skipped,
}
