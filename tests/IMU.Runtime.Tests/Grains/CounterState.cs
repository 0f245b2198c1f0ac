namespace IMU.Runtime.Tests.Grains;

public sealed record CounterState(int Value);
