using System.Text.Json.Serialization;

namespace IMU.Grains.Rollouts;

/// <summary>How a rollout deals with one hold on one of its SYSMODs.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HoldResolution>))]
public enum HoldResolution
{
    /// <summary>Nobody resolved it: the SYSMOD is not applied until someone decides.</summary>
    Unresolved,

    /// <summary>The orchestrator performs the hold's action itself (IPL: it stages and IPLs; MULTSYS: it installs on the whole group).</summary>
    Orchestrator,

    /// <summary>A user bypassed it with SMP/E's BYPASS operands and a reason.</summary>
    Bypass,
}
