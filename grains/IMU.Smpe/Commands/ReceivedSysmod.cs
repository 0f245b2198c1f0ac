using IMU.Smpe.Mcs;

namespace IMU.Smpe.Commands;

/// <summary>The RECEIVE outcome for one SYSMOD.</summary>
/// <param name="Id">The SYSMOD ID.</param>
/// <param name="Type">The SYSMOD type.</param>
/// <param name="Status">What RECEIVE did.</param>
/// <param name="Reasons">GIM-message-like explanations.</param>
public sealed record ReceivedSysmod(string Id, SysmodType Type, ReceiveStatus Status, IReadOnlyList<string> Reasons);
