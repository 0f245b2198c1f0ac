namespace IMU.Runtime.Tests.Grains;

/// <summary>A type deliberately missing from every JSON context.</summary>
public sealed record Unregistered(string Name);
