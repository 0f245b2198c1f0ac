namespace IMU.Zosmf.Simulator;

/// <summary>The state of a simulated HMC load job.</summary>
internal sealed record HmcLoadJobState(bool Complete, int? StatusCode, int? ReasonCode);
