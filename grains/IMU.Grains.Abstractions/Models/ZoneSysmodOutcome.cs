using System.Text.Json.Serialization;

namespace IMU.Grains.Models;

/// <summary>What one zone step did (or, for APPLY CHECK, would do) with one SYSMOD.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ZoneSysmodOutcome>))]
public enum ZoneSysmodOutcome
{
    /// <summary>RECEIVEd into the global zone.</summary>
    [JsonStringEnumMemberName("RECEIVED")]
    Received,

    /// <summary>APPLYed (under CHECK: would be).</summary>
    [JsonStringEnumMemberName("APPLIED")]
    Applied,

    /// <summary>Already in the zone before the step.</summary>
    [JsonStringEnumMemberName("ALREADY_APPLIED")]
    AlreadyApplied,

    /// <summary>Held by a hold neither resolved nor bypassed.</summary>
    [JsonStringEnumMemberName("HELD")]
    Held,

    /// <summary>Failed (requisite, MODID, job error).</summary>
    [JsonStringEnumMemberName("FAILED")]
    Failed,

    /// <summary>Not processed because a SYSMOD it needs was held or failed.</summary>
    [JsonStringEnumMemberName("NOT_PROCESSED")]
    NotProcessed,

    /// <summary>RESTOREd out of the zone (or was not in it).</summary>
    [JsonStringEnumMemberName("RESTORED")]
    Restored,

    /// <summary>ACCEPTed into the DLIB zone, so RESTORE cannot take it out.</summary>
    [JsonStringEnumMemberName("ACCEPTED")]
    Accepted,
}
