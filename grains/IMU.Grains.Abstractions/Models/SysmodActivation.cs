using System.Text.Json.Serialization;

namespace IMU.Grains.Models;

/// <summary>What it takes for an installed SYSMOD to become active (the SMP/E engine's activation class).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SysmodActivation>))]
public enum SysmodActivation
{
    /// <summary>Active once applied.</summary>
    [JsonStringEnumMemberName("NONE")]
    None,

    /// <summary>A SYSTEM DYNACT hold gives steps to activate it without an IPL; treated as active once applied.</summary>
    [JsonStringEnumMemberName("DYNAMIC")]
    Dynamic,

    /// <summary>Active only after the LPAR IPLs: applied means staged.</summary>
    [JsonStringEnumMemberName("IPL")]
    Ipl,
}
