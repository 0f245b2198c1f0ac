using IMU.Smpe.Diagnostics;

namespace IMU.Smpe.Cntl;

/// <summary>
/// A command <see cref="SmpCntlReader"/> left out because of errors, so that a GIMSMP host can
/// report it as SMP/E does (the command fails with return code 12) and know when a failed
/// <c>SET BOUNDARY</c> leaves no zone for the commands after it.
/// </summary>
/// <param name="Location">Where the command starts; its errors are at or after this location.</param>
/// <param name="Name">The command name as written, e.g. <c>APPLY</c>; empty when it is missing.</param>
public sealed record SmpCntlRejectedCommand(SourceLocation Location, string Name);
