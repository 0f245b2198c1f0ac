namespace IMU.Zosmf.Simulator;

/// <summary>The simulator could not start; the message says why in one line (port in use, a damaged CSI, ...).</summary>
public sealed class SimulatorStartException(string message, Exception? innerException = null) : Exception(message, innerException);
