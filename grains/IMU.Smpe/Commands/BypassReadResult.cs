using IMU.Smpe.Diagnostics;

namespace IMU.Smpe.Commands;

/// <summary>BYPASS operands read from text or from an SMPCNTL operand tree.</summary>
/// <param name="Options">The bypass options; <see cref="BypassOptions.None"/> when there were errors.</param>
/// <param name="Errors">Positioned errors; a command with any must not run.</param>
public sealed record BypassReadResult(BypassOptions Options, IReadOnlyList<SmpeError> Errors);
