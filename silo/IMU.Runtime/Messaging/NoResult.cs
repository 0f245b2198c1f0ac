namespace IMU.Runtime.Messaging;

/// <summary>The result type of calls to methods that return a plain task.</summary>
internal readonly struct NoResult;
