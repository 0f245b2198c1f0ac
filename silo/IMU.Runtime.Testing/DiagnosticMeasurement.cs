namespace IMU.Runtime.Testing;

/// <summary>One measurement of a runtime instrument.</summary>
/// <param name="Instrument">The instrument name, e.g. <c>imu.runtime.calls</c>.</param>
/// <param name="Value">The measured value.</param>
/// <param name="Owner">The silo address or client that measured it.</param>
public sealed record DiagnosticMeasurement(string Instrument, double Value, string? Owner);
