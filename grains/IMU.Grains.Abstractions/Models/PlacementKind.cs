using System.Text.Json.Serialization;

namespace IMU.Grains.Models;

/// <summary>How a SYSMOD's place in the fleet changed.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PlacementKind>))]
public enum PlacementKind
{
    /// <summary>APPLYed into a zone.</summary>
    [JsonStringEnumMemberName("APPLIED")]
    Applied,

    /// <summary>RESTOREd out of a zone.</summary>
    [JsonStringEnumMemberName("RESTORED")]
    Restored,

    /// <summary>Staged on an LPAR.</summary>
    [JsonStringEnumMemberName("STAGED")]
    Staged,

    /// <summary>Active on an LPAR.</summary>
    [JsonStringEnumMemberName("ACTIVE")]
    Active,

    /// <summary>Neither staged nor active on an LPAR any more (restored).</summary>
    [JsonStringEnumMemberName("REMOVED")]
    Removed,
}
