namespace IMU.Smpe.Commands;

/// <summary>One reason in a hold BYPASS list, e.g. <c>ACTION</c> or <c>ACTION(UJ00001,UJ00002)</c>.</summary>
/// <param name="Reason">The reason ID.</param>
/// <param name="Sysmods">The SYSMODs whose hold for that reason is bypassed; empty means every SYSMOD.</param>
public sealed record HoldBypassReason(string Reason, IReadOnlyList<string> Sysmods);
