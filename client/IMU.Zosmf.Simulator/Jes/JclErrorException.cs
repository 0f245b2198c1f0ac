namespace IMU.Zosmf.Simulator.Jes;

/// <summary>The converter refused the JCL: the job ends with JCL ERROR and this text in JESYSMSG.</summary>
internal sealed class JclErrorException(string message) : Exception(message);
