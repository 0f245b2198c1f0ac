namespace IMU.Runtime.Testing.Tests.Grains;

public sealed record LedgerState(int Total);
