namespace IMU.Zosmf.Simulator.Hmc;

/// <summary>A completed IPL, for the system's history.</summary>
internal sealed record IplRecord(string Job, string LoadAddress, string LoadParameter, DateTimeOffset Requested, DateTimeOffset Completed);
