using IMU.Grains.Models;
using System.Text.Json.Serialization;

namespace IMU.Grains.Rollouts;

/// <summary>A SYSMOD of a rollout: its activation class and what the rollout decided about each of its holds.</summary>
/// <param name="Id">The SYSMOD ID.</param>
/// <param name="Activation">What it takes to activate it.</param>
/// <param name="Holds">Each hold and its resolution.</param>
[GenerateSerializer]
[Alias("imu.rollouts.planned-sysmod")]
public sealed record PlannedSysmod(string Id, SysmodActivation Activation, HoldDecision[] Holds)
{
    /// <summary>True when a SYSTEM MULTSYS hold makes it go onto its whole group as one unit.</summary>
    [JsonIgnore]
    public bool IsMultsys => Holds.Any(h => h.Hold.Category == Sysmods.HoldCategories.System && h.Hold.Reason == Sysmods.HoldCategories.MultsysReason);
}
