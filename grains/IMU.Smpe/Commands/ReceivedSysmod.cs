using IMU.Smpe.Mcs;

namespace IMU.Smpe.Commands;

/// <summary>The RECEIVE outcome for one SYSMOD.</summary>
/// <param name="Id">The SYSMOD ID.</param>
/// <param name="Type">The SYSMOD type.</param>
/// <param name="Status">What RECEIVE did.</param>
/// <param name="Reasons">Messages in SMP/E's style (GIM38901I, or IMU-prefixed where SMP/E has no documented equivalent).</param>
public sealed record ReceivedSysmod(string Id, SysmodType Type, ReceiveStatus Status, IReadOnlyList<string> Reasons);
