namespace IMU.Runtime.Serialization;

/// <summary>An exception as it crosses a call boundary: its type, message and the callee's stack trace.</summary>
/// <param name="TypeName">The assembly-qualified name of the exception type.</param>
/// <param name="Message">The exception message.</param>
/// <param name="StackTrace">The stack trace where the grain threw.</param>
internal sealed record ExceptionPayload(string TypeName, string Message, string? StackTrace);
